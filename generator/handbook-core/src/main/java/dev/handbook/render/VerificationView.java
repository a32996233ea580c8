package dev.handbook.render;

import dev.handbook.model.PagePaths;
import dev.handbook.model.EntryId;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.Derived;
import dev.handbook.render.input.RenderInput;
import java.util.List;

/** The view {@code verification.ftlh} renders: every snippet and its result; {@code ran} whether snippets ran in this build. */
public record VerificationView(SiteView site, String title, String section, boolean ran, List<VerificationRows.Row> rows) implements PageView {

    private static final String TITLE = "Verification";

    public static VerificationView of(RenderInput input) {
        String path = PagePaths.VERIFICATION;
        return new VerificationView(SiteView.of(input, path, TITLE, "verification"), TITLE, "verification", input.verification().ran(),
                input.ask(new Rows()));
    }

    /** The rows alone, compared whole: a build whose snippets and results are the same leaves the page alone. */
    record Rows() implements Derived<List<VerificationRows.Row>> {
        public List<VerificationRows.Row> derive(RenderInput input) {
            return input.catalog().ids().stream().flatMap(id -> input.ask(new RowsOf(id)).stream()).toList();
        }
    }

    /** One record's rows, worked out again only when what they read changes; none once it is gone. */
    record RowsOf(EntryId id) implements Derived<List<VerificationRows.Row>> {
        public List<VerificationRows.Row> derive(RenderInput input) {
            return input.catalog().find(id).map(entry -> VerificationRows.of(entry, input, new PageLinks(input, PagePaths.VERIFICATION)))
                    .orElse(List.of());
        }
    }
}
