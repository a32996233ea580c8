package dev.handbook.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Masking as the stream is read: a secret is masked however the reads cut it. */
class SecretMaskerTest {

    static String masked(List<String> secrets, String text, int readSize) {
        SecretMasker masker = new SecretMasker(secrets);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < bytes.length; at += readSize) {
            byte[] read = java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + readSize));
            out.writeBytes(masker.mask(read, read.length));
        }
        out.writeBytes(masker.finish());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aSecretSplitAcrossReadsIsMaskedWhole() {
        for (int readSize = 1; readSize <= 20; readSize++) {
            assertThat(masked(List.of("hunter2-s3cret"), "token=hunter2-s3cret; again hunter2-s3cret.", readSize))
                    .as("reads of %d bytes", readSize).isEqualTo("token=********; again ********.");
        }
    }

    @Test
    void theLongerOfTwoSecretsThatStartAlikeIsMaskedWhole() {
        assertThat(masked(List.of("abc", "abcdef"), "abcdef abc ab", 2)).isEqualTo("******** ******** ab");
    }

    @Test
    void textWithoutSecretsAndTheStartOfOneAtTheEndPassUnchanged() {
        assertThat(masked(List.of(), "plain", 2)).isEqualTo("plain");
        assertThat(masked(List.of("hunter2", ""), "hunte", 3)).isEqualTo("hunte");
        assertThat(masked(List.of("é-secret"), "naïve é-secret", 1)).isEqualTo("naïve ********");
    }
}
