package dev.handbook.parse;

import dev.handbook.model.ValueFormats;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileIdsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "db-failover | db-failover",
        "ADR-1 | adr-1",
        "0012-handle-bibEntry | 0012-handle-bibentry",
        "PM2019-009 - Kubernetes IP starvation | pm2019-009-kubernetes-ip-starvation",
        "AlertmanagerClusterCrashlooping | alertmanagerclustercrashlooping",
        "disk_full__on node | disk-full-on-node",
        "Café résumé | cafe-resume",
        "v1.2 (draft)! | v1.2-draft",
        "-leading and trailing- | leading-and-trailing",
    })
    void fileNamesBecomeIdsByOneRule(String stem, String id) {
        assertThat(FileIds.fromFileName(stem)).isEqualTo(id);
        assertThat(ValueFormats.isId(FileIds.fromFileName(stem))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"+++", "€"})
    void aNameWithNoLetterOrDigitLeavesNoId(String stem) {
        assertThat(FileIds.fromFileName(stem)).isEmpty();
    }
}
