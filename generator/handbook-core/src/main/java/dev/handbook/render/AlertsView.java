package dev.handbook.render;

import dev.handbook.alerts.Alert;
import dev.handbook.model.AlertRule;
import dev.handbook.model.PagePaths;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import java.util.List;

/** The view {@code alerts.ftlh} renders: every alert of the handbook with the runbooks that answer it. */
public record AlertsView(SiteView site, String title, String section, List<Row> alerts) implements PageView {

    /**
     * One alert.
     *
     * @param severity its first rule's {@code severity} label; empty when none
     * @param summary its first rule's summary; empty when none
     */
    public record Row(String name, String href, String severity, String summary, List<LinkView> runbooks) {}

    public static AlertsView of(RenderInput input) {
        String path = PagePaths.ALERTS;
        PageLinks links = new PageLinks(input, path);
        List<Row> rows = input.alerts().all().stream().map(alert -> row(alert, links)).toList();
        return new AlertsView(SiteView.of(input, path, "Alerts", "alerts"), "Alerts", "alerts", rows);
    }

    private static Row row(Alert alert, PageLinks links) {
        AlertRule first = alert.rules().isEmpty() ? null : alert.rules().get(0);
        return new Row(alert.name(), links.href(PagePaths.alert(alert.name())), first == null ? "" : first.severity(),
                first == null ? "" : first.summary(), alert.runbooks().stream().map(links::to).toList());
    }
}
