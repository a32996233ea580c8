package dev.handbook.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Host headers reach the preview, by the address it was bound to (port 8000). */
class AllowedHostsTest {

    @ParameterizedTest(name = "bound to {0}, Host {1}: {2}")
    @CsvSource({
        "127.0.0.1, 127.0.0.1:8000, true",
        "127.0.0.1, localhost:8000, true",
        "127.0.0.1, [::1]:8000, true",
        "127.0.0.1, 192.168.1.5:8000, false",
        "127.0.0.1, rebind.evil.com:8000, false",
        "docs.lan, docs.lan:8000, true",
        "docs.lan, docs.lan:8001, false",
        "docs.lan, other.lan:8000, false",
        "0.0.0.0, 192.168.1.5:8000, true",
        "0.0.0.0, [fe80::1]:8000, true",
        "0.0.0.0, 127.0.0.1:8000, true",
        "0.0.0.0, laptop.evil.com:8000, false",
        "0.0.0.0, 1.2.3.4.evil.com:8000, false",
    })
    void aHostIsAllowedWhenItNamesTheBoundServer(String bound, String host, boolean allowed) {
        assertThat(new AllowedHosts(bound, () -> 8000).allowsHost(host)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "bound to {0}, Origin {1}: {2}")
    @CsvSource({
        "127.0.0.1, http://127.0.0.1:8000, true",
        "127.0.0.1, http://localhost:8000, true",
        "127.0.0.1, http://evil.com, false",
        "127.0.0.1, http://evil.com:8000, false",
        "127.0.0.1, null, false",
        "127.0.0.1, file://, false",
        "docs.lan, http://docs.lan:8000, true",
    })
    void anOriginIsAllowedWhenItIsAPageOfThisServer(String bound, String origin, boolean allowed) {
        assertThat(new AllowedHosts(bound, () -> 8000).allowsOrigin(origin)).isEqualTo(allowed);
    }
}
