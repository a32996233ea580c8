package dev.handbook.render;

import dev.handbook.model.PagePaths;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import java.util.List;

/** The view {@code verification.ftlh} renders: every snippet and its result; {@code ran} whether snippets ran in this build. */
public record VerificationView(SiteView site, String title, String section, boolean ran, List<VerificationRows.Row> rows) implements PageView {

    private static final String TITLE = "Verification";

    public static VerificationView of(RenderInput input) {
        String path = PagePaths.VERIFICATION;
        return new VerificationView(SiteView.of(input, path, TITLE, "verification"), TITLE, "verification", input.verification().ran(),
                VerificationRows.of(input, new PageLinks(input, path)));
    }
}
