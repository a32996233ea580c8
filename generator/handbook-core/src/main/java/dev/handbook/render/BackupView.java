package dev.handbook.render;

import dev.handbook.model.Backup;
import dev.handbook.model.BackupRun;
import dev.handbook.model.Formats;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.RenderInput;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The view {@code backup.ftlh} renders.
 *
 * @param lastTaken when the newest completed backup finished; empty when there is none
 * @param statusShown whether the tool reported a status; {@code status} is its word (or {@code code N}), {@code statusTone} good or bad
 * @param failedCode the tool's non-zero status code; empty otherwise
 * @param systemId empty when unset
 * @param runs newest label first
 */
public record BackupView(
        SiteView site, String title, String section, RecordView record, String tool, String lastTaken, boolean statusShown, String status,
        String statusTone, String failedCode, List<LinkView> targets, String namespaces, String systemId, List<RunRow> runs)
        implements PageView {

    /** One backup of the record; sizes in binary units, times to the minute, empty when unknown. */
    public record RunRow(String label, String type, String state, String stateTone, String reason, String start, String stop, String repo,
            String size, String stored, String delta, String archiveStart, String archiveStop, String errors) {}

    public static BackupView of(RenderInput input, Backup backup) {
        EntryPage page = EntryPage.of(input, backup);
        String code = backup.statusCode() == null ? "0" : backup.statusCode();
        String word = backup.status() == null ? "" : backup.status();
        boolean ok = code.equals("0") && List.of("ok", "Completed", "").contains(word);
        return new BackupView(page.site(), page.title(), page.section(), page.record(), ViewValues.text(backup.tool()),
                backup.time().map(Formats::time).orElse(""), backup.status() != null || backup.statusCode() != null,
                backup.status() != null ? backup.status() : "code " + backup.statusCode(), ok ? "good" : "bad", code.equals("0") ? "" : code,
                page.links().refs(backup.targets()), String.join(", ", backup.namespaces()), ViewValues.text(backup.systemId()),
                newestFirst(backup.runs()).stream().map(BackupView::row).toList());
    }

    /** Label order as the theme always showed it (collated, as FreeMarker's {@code sort_by}), reversed. */
    private static List<BackupRun> newestFirst(List<BackupRun> runs) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        List<BackupRun> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparing(BackupRun::label, collator));
        Collections.reverse(sorted);
        return sorted;
    }

    private static RunRow row(BackupRun r) {
        String tone = r.state().counts() ? "good" : r.state().wire().equals("in-progress") ? "warn" : "bad";
        String errors = r.errors() != null || r.warnings() != null
                ? (r.errors() == null ? "0" : r.errors()) + " / " + (r.warnings() == null ? "0" : r.warnings()) : "";
        return new RunRow(r.label(), ViewValues.text(r.type()), ValueText.INSTANCE.words(r.state()), tone, ViewValues.text(r.reason()), ViewValues.time(r.start()),
                ViewValues.time(r.stop()), ViewValues.text(r.repo()), bytes(r.size()), bytes(r.repoSize()), bytes(r.delta()),
                ViewValues.text(r.archiveStart()), ViewValues.text(r.archiveStop()), errors);
    }

    private static String bytes(String written) {
        return written == null ? "" : Formats.bytes(written);
    }
}
