package dev.handbook.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads a process stream to its end on its own thread, keeping at most {@code cap} bytes. */
final class CappedOutput {

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int cap;
    private final Thread reader;
    private volatile boolean cut;

    CappedOutput(InputStream in, int cap, String name) {
        this.cap = cap;
        this.reader = new Thread(() -> drain(in), name);
        reader.setDaemon(true);
        reader.start();
    }

    private void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (kept) {
                    int room = cap - kept.size();
                    if (room > 0) {
                        kept.write(buffer, 0, Math.min(room, n));
                    }
                    if (n > room) {
                        cut = true; // keep reading, so the snippet never blocks on a full pipe
                    }
                }
            }
        } catch (IOException e) {
            // The process is gone; what was read is kept.
        }
    }

    /** Waits briefly for the reader to reach the end of the stream (the process tree is dead by then). */
    String text(long waitMillis) throws InterruptedException {
        reader.join(waitMillis);
        synchronized (kept) {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }

    boolean cut() {
        return cut;
    }
}
