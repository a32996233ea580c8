package dev.handbook.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateOrderTest {

    @Test
    void oneDateWhoseFirstNumberCannotBeAMonthMakesTheCollectionDayFirst() {
        assertThat(DateOrder.of(List.of("Date: 03/04/2021\n", "Date: 25/03/2021\n")).dayFirst()).isTrue();
        assertThat(DateOrder.of(List.of("Date: 25/03/21\n")).dayFirst()).as("two-digit years too").isTrue();
    }

    @Test
    void ambiguousOrMonthFirstDatesAndOtherSlashesLeaveItMonthFirst() {
        assertThat(DateOrder.of(List.of("Date: 03/04/2021", "Date: 12/31/2021")).dayFirst()).isFalse();
        assertThat(DateOrder.of(List.of("see docs/25/03/2021/x and 1/2/3/4 and 2021-03-25")).dayFirst()).isFalse();
    }
}
