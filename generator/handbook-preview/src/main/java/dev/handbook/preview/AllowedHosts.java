package dev.handbook.preview;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.HostPort;

/**
 * The names a request may give in its {@code Host} (or {@code Origin}) header: this machine's loopback names, the
 * address the user bound with {@code --host}, and, when that address is a wildcard such as 0.0.0.0, any IP address.
 * Always with the port the server listens on. A DNS-rebinding page reaches the server under its own domain name, so
 * refusing other names keeps other sites from reading the preview (as the dev servers of Vite and webpack do).
 * Thread-safe.
 */
final class AllowedHosts {

    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");

    private final String bound;
    private final boolean wildcard;
    private final IntSupplier port;

    /**
     * @param bound the address the server binds
     * @param port the port it listens on, read when asked: with port 0 it is known only once the server has started
     */
    AllowedHosts(String bound, IntSupplier port) {
        this.bound = unbracket(bound.toLowerCase(Locale.ROOT));
        this.wildcard = this.bound.equals("0.0.0.0") || this.bound.equals("::");
        this.port = port;
    }

    /** Whether a {@code Host} header names this server; a missing one (HTTP/1.0) is allowed: browsers always send it. */
    boolean allowsHost(String header) {
        if (header == null) {
            return true;
        }
        try {
            HostPort host = new HostPort(header);
            return allows(host.getHost(), host.getPort(80));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Whether an {@code Origin} header, when sent, is a page of this server (never "null", a file or another site). */
    boolean allowsOrigin(String header) {
        if (header == null) {
            return true;
        }
        try {
            URI origin = URI.create(header);
            return "http".equals(origin.getScheme()) && origin.getHost() != null
                    && allows(origin.getHost(), origin.getPort() < 0 ? 80 : origin.getPort());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** The address to tell a refused user to open. */
    String url() {
        String host = LOOPBACK.contains(bound) || wildcard ? "127.0.0.1" : bound;
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port.getAsInt() + "/";
    }

    private boolean allows(String name, int requestedPort) {
        String host = unbracket(name.toLowerCase(Locale.ROOT));
        boolean known = LOOPBACK.contains(host) || host.equals(bound) || (wildcard && isIpAddress(host));
        return known && requestedPort == port.getAsInt();
    }

    /** An IPv6 literal, or an IPv4 one in dotted-quad form: names, which rebinding needs, never match. */
    private static boolean isIpAddress(String host) {
        return host.contains(":") || IPV4.matcher(host).matches();
    }

    private static String unbracket(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
