package org.hamyar.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.smallrye.jwt.util.KeyUtils;

/** Production mounts its signing keys as files; tests keep theirs on the class path. */
class PemFilesTest {

    @Test
    void keysAreReadFromFilesAndFromTheClassPath(@TempDir Path dir) throws Exception {
        String pem = PemFiles.read("jwt/signing-2-public.pem");
        assertThat(KeyUtils.decodePublicKey(pem).getAlgorithm()).isEqualTo("RSA");
        Path file = Files.writeString(dir.resolve("k2026a-public.pem"), pem);
        assertThat(PemFiles.read(file.toString())).isEqualTo(pem);
        assertThat(PemFiles.read("file:" + file)).isEqualTo(pem);
        assertThat(KeyUtils.decodePrivateKey(PemFiles.read("classpath:jwt/signing-2-private.pem")).getAlgorithm())
                .isEqualTo("RSA");
        assertThatThrownBy(() -> PemFiles.read(dir.resolve("missing.pem").toString()))
                .isInstanceOf(FileNotFoundException.class);
    }
}
