package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdNamesTest {

    @Test
    void foldsCaseTurnsSpacesAndUnderscoresIntoDashesAndDropsExtensions() {
        assertThat(IdNames.fromFileName("ADR-1.md")).isEqualTo("adr-1");
        assertThat(IdNames.fromFileName("0012-handle-bibEntry.md")).isEqualTo("0012-handle-bibentry");
        assertThat(IdNames.fromFileName("PM2019-009 - Kubernetes IP starvation.md")).isEqualTo("pm2019-009---kubernetes-ip-starvation");
        assertThat(IdNames.fromFileName("db_failover.html.md.erb")).isEqualTo("db-failover");
        assertThat(IdNames.fromFileName("RB-0350")).isEqualTo("rb-0350");
    }

    @Test
    void takesTheFileOfALinkWithoutItsFolderOrAnchor() {
        assertThat(IdNames.fromFileName("../decisions/0003-use-mysql.md#consequences")).isEqualTo("0003-use-mysql");
        assertThat(IdNames.fromFileName("0001.5-interim.md")).isEqualTo("0001.5-interim");
    }
}
