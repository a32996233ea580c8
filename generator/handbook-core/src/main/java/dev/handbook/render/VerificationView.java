package dev.handbook.render;

import dev.handbook.model.PagePaths;
import dev.handbook.render.input.BuildFacts;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.Query;
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
    record Rows() implements Query<List<VerificationRows.Row>> {
        public boolean kept() {
            return true;
        }

        public List<VerificationRows.Row> answer(BuildFacts facts) {
            RenderInput input = new RenderInput(facts);
            return VerificationRows.of(input, new PageLinks(input, PagePaths.VERIFICATION));
        }
    }
}
