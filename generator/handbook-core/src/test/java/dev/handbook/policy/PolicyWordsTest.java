package dev.handbook.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handbook.model.FlagCategory;
import dev.handbook.verify.VerifyMode;
import org.junit.jupiter.api.Test;

/** The one set of policy words the CLI and the Maven plugin accept. */
class PolicyWordsTest {

    @Test
    void everyCategoryThatCanFailIsReadFromACommaSeparatedList() {
        assertThat(PolicyWords.failOn("stale, overdue,action-items,verify"))
                .containsExactlyInAnyOrder(FlagCategory.STALE, FlagCategory.OVERDUE, FlagCategory.ACTION_ITEMS, FlagCategory.VERIFY);
    }

    @Test
    void blankItemsAndNoneNameNothing() {
        assertThat(PolicyWords.failOn("")).isEmpty();
        assertThat(PolicyWords.failOn(" , ")).isEmpty();
        assertThat(PolicyWords.failOn("none")).isEmpty();
        assertThat(PolicyWords.failOn("stale,")).containsExactly(FlagCategory.STALE);
    }

    @Test
    void anUnknownCategoryListsTheValidWords() {
        assertThatThrownBy(() -> PolicyWords.failOn("stale,rotten"))
                .isInstanceOf(PolicyWordException.class)
                .hasMessage("'rotten' is not a flag category; use stale, overdue, action-items, verify (comma-separated) or none.");
    }

    @Test
    void dueSoonIsAHeadsUpAndNeverFailsABuild() {
        assertThatThrownBy(() -> PolicyWords.failOn("due-soon")).hasMessageStartingWith("'due-soon' is not a flag category");
    }

    @Test
    void theCliAndThePluginVerifyWordsAreAllRead() {
        assertThat(PolicyWords.verifyMode("")).as("bare --verify").isEqualTo(VerifyMode.CACHED);
        assertThat(PolicyWords.verifyMode("cached")).isEqualTo(VerifyMode.CACHED);
        assertThat(PolicyWords.verifyMode("true")).as("the plugin's word").isEqualTo(VerifyMode.CACHED);
        assertThat(PolicyWords.verifyMode("fresh")).isEqualTo(VerifyMode.FRESH);
        assertThat(PolicyWords.verifyMode(" off ")).isEqualTo(VerifyMode.OFF);
        assertThat(PolicyWords.verifyMode("false")).as("the plugin's word").isEqualTo(VerifyMode.OFF);
    }

    @Test
    void anUnknownVerifyModeListsTheValidWords() {
        assertThatThrownBy(() -> PolicyWords.verifyMode("sometimes"))
                .isInstanceOf(PolicyWordException.class)
                .hasMessage("'sometimes' is not a verify mode; use off, cached or fresh (true means cached, false means off).");
    }
}
