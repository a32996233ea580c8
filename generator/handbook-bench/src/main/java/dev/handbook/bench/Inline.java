package dev.handbook.bench;

import dev.handbook.model.EntryKind;

/**
 * Record links inside generated text, kept as markers until a file is written so that one text renders as handbook
 * Markdown ({@code [text](kind:id)}, {@code [[id]]}, {@code [[id|text]]}), handbook AsciiDoc ({@code xref:id[text]},
 * {@code <<id>>}) or Hugo Markdown ({@code [text](/folder/id/)}).
 *
 * <p>A marker is {@code \u0001 form \u001f kind \u001f id \u001f text \u0002}; generated prose never contains these
 * control characters, and link texts never contain brackets, pipes or commas.
 */
final class Inline {

    static final char START = '\u0001';
    static final char SEP = '\u001f';
    static final char END = '\u0002';

    /** How a link is written in the handbook's own markup. */
    enum Form {
        /** {@code [text](kind:id)}, {@code xref:id[text]}. */
        TYPED('K'),
        /** {@code [[id]]}, {@code <<id>>}. */
        WIKI('W'),
        /** {@code [[id|text]]}, {@code <<id,text>>}. */
        WIKI_TEXT('T'),
        /** {@code [[id]]}, {@code xref:id[]}: a form the handbook always counts as a reference, in both markups. */
        ANCHOR('A');

        final char code;

        Form(char code) {
            this.code = code;
        }
    }

    enum Style {
        MARKDOWN,
        ASCIIDOC,
        HUGO
    }

    private Inline() {}

    /** A link to {@code target}; for the wiki forms without text the target's title is kept for the Hugo copy. */
    static String link(Form form, Rec target, String text) {
        String label = form == Form.WIKI || form == Form.ANCHOR || text == null ? target.title : text;
        return START + String.valueOf(form.code) + SEP + target.kind.key() + SEP + target.id + SEP + label + END;
    }

    /** Renders every marker in {@code s} in the given style. */
    static String render(String s, Style style) {
        int start = s.indexOf(START);
        if (start < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 32);
        int last = 0;
        while (start >= 0) {
            int end = s.indexOf(END, start);
            out.append(s, last, start);
            String[] parts = s.substring(start + 1, end).split(String.valueOf(SEP), -1);
            char form = parts[0].charAt(0);
            String kind = parts[1];
            String id = parts[2];
            String text = parts[3];
            out.append(switch (style) {
                case MARKDOWN -> switch (form) {
                    case 'K' -> "[" + text + "](" + kind + ":" + id + ")";
                    case 'T' -> "[[" + id + "|" + text + "]]";
                    default -> "[[" + id + "]]";
                };
                case ASCIIDOC -> switch (form) {
                    case 'K' -> "xref:" + id + "[" + text + "]";
                    case 'T' -> "<<" + id + "," + text + ">>";
                    case 'W' -> "<<" + id + ">>";
                    default -> "xref:" + id + "[]";
                };
                case HUGO -> "[" + text + "](/" + folderOf(kind) + "/" + id + "/)";
            });
            last = end + 1;
            start = s.indexOf(START, last);
        }
        out.append(s, last, s.length());
        return out.toString();
    }

    /** The text a reader sees, for counting words. */
    static String plain(String s) {
        int start = s.indexOf(START);
        if (start < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        while (start >= 0) {
            int end = s.indexOf(END, start);
            out.append(s, last, start);
            String[] parts = s.substring(start + 1, end).split(String.valueOf(SEP), -1);
            out.append(parts[3]);
            last = end + 1;
            start = s.indexOf(START, last);
        }
        out.append(s, last, s.length());
        return out.toString();
    }

    private static String folderOf(String kindKey) {
        return EntryKind.byKey(kindKey).map(EntryKind::defaultFolder).orElseThrow(() -> new IllegalArgumentException(kindKey));
    }
}
