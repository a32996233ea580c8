package dev.handbook.verify;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces declared secrets in a byte stream as it is read. It holds back the last {@code longest - 1} bytes of what
 * it was given, since they may begin a secret that the next read completes; so neither a read boundary nor the output
 * cap applied after it can split a secret and publish part of it.
 *
 * <p>Not thread-safe: one per stream.
 */
final class SecretMasker {

    static final String MASK = "********";
    private static final byte[] MASK_BYTES = MASK.getBytes(StandardCharsets.UTF_8);

    private final List<byte[]> secrets;
    private final int holdBack;
    private byte[] pending = new byte[0];

    /** @param secrets the values to mask; empty ones are ignored */
    SecretMasker(Collection<String> secrets) {
        // Longest first: where one secret begins another, the whole longer one is masked.
        this.secrets = secrets.stream().filter(s -> !s.isEmpty()).map(s -> s.getBytes(StandardCharsets.UTF_8))
                .sorted(Comparator.comparingInt((byte[] s) -> s.length).reversed()).toList();
        this.holdBack = this.secrets.isEmpty() ? 0 : this.secrets.get(0).length - 1;
    }

    /** The masked bytes of {@code buffer[0, length)} and what was held back before, except what may begin a secret. */
    byte[] mask(byte[] buffer, int length) {
        if (secrets.isEmpty()) {
            return Arrays.copyOf(buffer, length);
        }
        byte[] data = Arrays.copyOf(pending, pending.length + length);
        System.arraycopy(buffer, 0, data, pending.length, length);
        return drain(data, Math.max(0, data.length - holdBack));
    }

    /** Everything still held back, masked: the stream has ended. */
    byte[] finish() {
        return drain(pending, pending.length);
    }

    /** Masks {@code data} from its start up to {@code decided}, keeping the rest for the next read. */
    private byte[] drain(byte[] data, int decided) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        int i = 0;
        while (i < decided) {
            int matched = secretLengthAt(data, i);
            if (matched > 0) {
                out.writeBytes(MASK_BYTES);
                i += matched;
            } else {
                out.write(data[i++]);
            }
        }
        pending = Arrays.copyOfRange(data, i, data.length);
        return out.toByteArray();
    }

    private int secretLengthAt(byte[] data, int at) {
        for (byte[] secret : secrets) {
            if (at + secret.length <= data.length && Arrays.equals(data, at, at + secret.length, secret, 0, secret.length)) {
                return secret.length;
            }
        }
        return 0;
    }
}
