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

    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    /** Checked against when the user name is unknown, so that both cases take as long. */
    private static final String DUMMY = ARGON2.hash("not-a-real-password", "0123456789abcdef").getResult();

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public boolean matches(String password, String hash) {
        return Password.check(password, hash == null ? DUMMY : hash).with(ARGON2) && hash != null;
    }
}
