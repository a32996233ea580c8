package dev.handbook.formats;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which SPOFs or services a piece of evidence belongs to: what the file itself says (the
 * {@code handbook.dev/targets} label or annotation, a Chaos Toolkit tag or extension), else the source's {@code map:}
 * entries for the names it carries (stanza, namespace, schedule, experiment), else nothing, with a warning saying
 * which of these to add.
 */
public final class EvidenceTargets {

    /** The label or annotation key that names targets, comma separated: {@code handbook.dev/targets: postgres-primary}. */
    public static final String KEY = "handbook.dev/targets";

    private EvidenceTargets() {}

    /** The ids in {@code written}, a comma- or space-separated list as a label or tag holds it. */
    public static List<String> split(String written) {
        return Arrays.stream(written.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The targets an object names itself: its {@code handbook.dev/targets} label (one id) and annotation (a list). */
    public static List<String> own(KubeObject object) {
        Set<String> own = new LinkedHashSet<>(split(object.labels().getOrDefault(KEY, "")));
        own.addAll(split(object.annotations().getOrDefault(KEY, "")));
        return List.copyOf(own);
    }

    /**
     * @param own the targets the file names itself
     * @param names the names it carries that the source's {@code map:} may list, most specific first
     * @param what how the warning names the evidence ("Velero backup 'daily-20261201'")
     */
    public static List<String> of(List<String> own, List<String> names, FormatInput input, String what, SourcePosition at, Diagnostics diagnostics) {
        Set<String> targets = new LinkedHashSet<>(own);
        if (targets.isEmpty()) {
            for (String name : names) {
                targets.addAll(input.collection().targets().getOrDefault(name.toLowerCase(Locale.ROOT), List.of()));
            }
        }
        if (targets.isEmpty()) {
            diagnostics.warning("evidence.untargeted", at, what + " names no SPOF or service it belongs to, so no cadence counts it.",
                    "Add the label or annotation `" + KEY + ": <spof-id>` to the object (or a tag `" + KEY + "=<id>` to the experiment), or"
                            + " map one of its names (" + String.join(", ", names) + ") under the source's `map:` in site/handbook.yaml.");
        }
        return List.copyOf(targets);
    }
}
