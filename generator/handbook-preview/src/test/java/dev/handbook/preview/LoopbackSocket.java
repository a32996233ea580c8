package dev.handbook.preview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A raw HTTP/1.1 connection to the preview on 127.0.0.1, for what java.net.http cannot send (its own Host header)
 * or do (read a stream line by line, then drop the connection). Reads time out after 5 s.
 */
final class LoopbackSocket implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;

    LoopbackSocket(int port, String host, String target) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(5_000);
        socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    /** The status code; the headers are skipped. */
    int status() throws IOException {
        int status = Integer.parseInt(in.readLine().split(" ")[1]);
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            // headers
        }
        return status;
    }

    /** Reads until a line equals {@code wanted}; false if the stream ends first. */
    boolean readUntil(String wanted) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
