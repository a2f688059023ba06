package org.hamyar.auth;

import jakarta.enterprise.context.ApplicationScoped;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id (memory-hard) in PHC string form, with OWASP's minimum parameters: 19 MiB, 2 passes, 1 lane. Blocking
 * and slow on purpose (tens of milliseconds): call it off the event loop.
 */
@ApplicationScoped
public class PasswordHasher {

    /**
     * Set up on first use, not when the bean's proxy is made: start-up then pays neither password4j's classes nor
     * the dummy hash (19 MiB of heap and tens of milliseconds on the main thread).
     */
    private static final class Argon2id {

        static final Argon2Function FUNCTION = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
        /** Checked against when the user name is unknown, so that both cases take as long. */
        static final String DUMMY = FUNCTION.hash("not-a-real-password", "0123456789abcdef").getResult();
    }

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(Argon2id.FUNCTION).getResult();
    }

    public boolean matches(String password, String hash) {
        // Read on both paths, so that the first check after start costs the same for a known and an unknown user.
        String dummy = Argon2id.DUMMY;
        return Password.check(password, hash == null ? dummy : hash).with(Argon2id.FUNCTION) && hash != null;
    }
}
