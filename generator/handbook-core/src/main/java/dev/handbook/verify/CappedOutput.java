package dev.handbook.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Reads a process stream to its end on its own thread, masking secrets as it reads and keeping at most {@code cap}
 * bytes of the masked text (what pages, reports and the cache get), and as much of the unmasked text (what
 * expectations are checked against, never shown).
 */
final class CappedOutput {

    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
    private final SecretMasker masker;
    private final int cap;
    private final Thread reader;
    private volatile boolean cut;

    CappedOutput(InputStream in, int cap, Collection<String> secrets, String name) {
        this.cap = cap;
        this.masker = new SecretMasker(secrets);
        this.reader = new Thread(() -> drain(in), name);
        reader.setDaemon(true);
        reader.start();
    }

    private void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                byte[] masked = masker.mask(buffer, n);
                synchronized (shown) {
                    keep(raw, buffer, n);
                    cut |= !keep(shown, masked, masked.length); // keep reading, so the snippet never blocks on a full pipe
                }
            }
        } catch (IOException e) {
            // The process is gone; what was read is kept.
        } finally {
            byte[] rest = masker.finish();
            synchronized (shown) {
                cut |= !keep(shown, rest, rest.length);
            }
        }
    }

    /** Appends what fits under the cap; false when something did not fit. */
    private boolean keep(ByteArrayOutputStream kept, byte[] bytes, int length) {
        int room = cap - kept.size();
        kept.write(bytes, 0, Math.max(0, Math.min(room, length)));
        return length <= room;
    }

    /** The masked text. Waits briefly for the reader to reach the end of the stream (the snippet is dead by then). */
    String text(long waitMillis) throws InterruptedException {
        reader.join(waitMillis);
        synchronized (shown) {
            return shown.toString(StandardCharsets.UTF_8);
        }
    }

    /** The unmasked text, for checking expectations only; call after {@link #text}. */
    String rawText() {
        synchronized (shown) {
            return raw.toString(StandardCharsets.UTF_8);
        }
    }

    boolean cut() {
        return cut;
    }
}
