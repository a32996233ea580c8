package dev.handbook.render;

import dev.handbook.alerts.Alert;
import dev.handbook.model.AlertRule;
import dev.handbook.model.PagePaths;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import java.util.List;

/**
 * The view {@code alert.ftlh} renders: where a Prometheus alert's {@code runbook_url} lands. Its runbooks come first,
 * then the rules that define it and the SPOFs whose detection names it. Every text is as the rule file writes it.
 *
 * @param name the alert's name, as Prometheus writes it
 * @param runbooks the runbooks that answer it; empty when none names it yet
 * @param rules the rules that define it; empty when only a runbook names it
 */
public record AlertView(SiteView site, String title, String section, String name, List<LinkView> runbooks, List<RuleView> rules,
        List<LinkView> spofs) implements PageView {

    /**
     * One rule of the alert.
     *
     * @param forDuration its {@code for:}; empty when it fires at once
     * @param source the rule file and the line of its {@code alert:}, {@code path:line}
     */
    public record RuleView(String group, String expr, String forDuration, String severity, String summary, String description,
            String runbookUrl, String source) {

        static RuleView of(AlertRule rule) {
            return new RuleView(rule.group(), rule.expr(), rule.forDuration(), rule.severity(), rule.summary(), rule.description(),
                    rule.runbookUrl(), rule.where().path() + ":" + rule.where().line());
        }
    }

    public static AlertView of(RenderInput input, String name) {
        String path = PagePaths.alert(name);
        Alert alert = input.alerts().find(name);
        PageLinks links = new PageLinks(input, path);
        return new AlertView(SiteView.of(input, path, name, "alert"), name, "alert", name, alert.runbooks().stream().map(links::to).toList(),
                alert.rules().stream().map(RuleView::of).toList(), alert.spofs().stream().map(links::to).toList());
    }
}
