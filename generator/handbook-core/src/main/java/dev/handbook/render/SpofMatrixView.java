package dev.handbook.render;

import dev.handbook.model.PagePaths;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import java.util.List;

/** The view {@code spof-matrix.ftlh} renders: a row per SPOF. */
public record SpofMatrixView(SiteView site, String title, String section, List<SpofMatrix.Row> rows) implements PageView {

    private static final String TITLE = "SPOF matrix";

    public static SpofMatrixView of(RenderInput input) {
        String path = PagePaths.SPOF_MATRIX;
        return new SpofMatrixView(SiteView.of(input, path, TITLE, "matrix"), TITLE, "matrix",
                SpofMatrix.rows(input, new PageLinks(input, path)));
    }
}
