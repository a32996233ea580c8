package dev.handbook.render.input;

import dev.handbook.alerts.Alert;
import java.util.List;

/**
 * The alerts as pages read them, each question recorded: one alert's page asks for that alert only, a SPOF page only
 * which of the words of its {@code detection} are alert names, so editing one alert's rule re-renders its own page.
 */
public final class AlertReads {

    private final PageReads reads;

    AlertReads(PageReads reads) {
        this.reads = reads;
    }

    /** The alert called {@code name}, or null if the handbook has none of that name. */
    public Alert find(String name) {
        return reads.ask(new Find(name));
    }

    /** Every alert, by name. */
    public List<Alert> all() {
        return reads.ask(new All());
    }

    /** Whether the handbook knows any alert: only then does the site show an alerts section. */
    public boolean any() {
        return reads.ask(new Any());
    }

    /** Those of {@code words} that name an alert, in their order. */
    public List<String> known(List<String> words) {
        return reads.ask(new Known(List.copyOf(words)));
    }

    record Find(String name) implements Query<Alert> {
        public Alert answer(BuildFacts facts) {
            return facts.alerts().find(name).orElse(null);
        }
    }

    record All() implements Query<List<Alert>> {
        public List<Alert> answer(BuildFacts facts) {
            return facts.alerts().all();
        }
    }

    record Any() implements Query<Boolean> {
        public Boolean answer(BuildFacts facts) {
            return !facts.alerts().names().isEmpty();
        }
    }

    record Known(List<String> words) implements Query<List<String>> {
        public List<String> answer(BuildFacts facts) {
            return words.stream().filter(facts.alerts().names()::contains).toList();
        }
    }
}
