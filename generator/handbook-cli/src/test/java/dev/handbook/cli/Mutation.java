package dev.handbook.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * One seeded change to one file of a handbook, of the kinds careless authors, bad merges, broken editors and hostile
 * contributors make: lines lost, doubled or swapped, bytes cut or corrupted, YAML and markup syntax in the wrong place.
 *
 * @param path the file, relative to the handbook's root
 * @param description what was done, to reproduce a failure by reading it
 * @param bytes the file's new content
 */
record Mutation(String path, String description, byte[] bytes) {

    /** Text that means something to YAML, Markdown, AsciiDoc, ERB or a terminal, inserted as a whole line. */
    private static final List<String> HOSTILE_LINES = List.of(
            "<<no-such-record>>", "<<no-such-record,the text>>", "xref:no-such-record[]", "[[no-such-record]]",
            "[x](runbook:no-such-record)", "owner: *undefined", "owner: &anchor team-x", "---", "---\ntitle: second\n",
            "+++<script>document.title='pwned'</script>+++", "pass:[<img src=x onerror=alert(1)>]", "++++\n<script>x()</script>\n++++",
            "<script>alert(1)</script>", "[x](javascript:alert(1))", "{{< shortcode >}}", "<%= erb %>", "key:\tvalue",
            "review_every: 0d", "last_reviewed: 2026-02-30", "severity: SEV9", "status: maybe", "tags: [a, [b]]",
            "title: \u001b[2J\u001b[31mforged\r\nline", "id: index", "id: ../../etc", "\ufeff", "include::/etc/passwd[]",
            "```sh verify name=\"x\"\necho hi\n```", "timeout: -5s", "rto: forever", "runbook: [a, b]", "? complex key\n: v",
            "!!binary aGk=", "date: !!timestamp 2001-12-14", "x: " + "a".repeat(5000), "[" .repeat(400), "{".repeat(400));

    private static final String SPECIALS = ":-#&*!|>'\"{}[],%@`<\t\r\\";

    /** Picks a mutation of {@code original} (the file at {@code path}) with {@code random}. */
    static Mutation of(String path, byte[] original, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        String at = " at line " + (line + 1);
        switch (random.nextInt(11)) {
            case 0:
                lines.remove(line);
                return text(path, "deleted line " + (line + 1), lines);
            case 1:
                lines.add(line, lines.get(line));
                return text(path, "doubled line " + (line + 1), lines);
            case 2: {
                int cut = original.length == 0 ? 0 : random.nextInt(original.length);
                return new Mutation(path, "truncated to " + cut + " bytes", Arrays.copyOf(original, cut));
            }
            case 3:
                return bytes(path, original, random);
            case 4: {
                String l = lines.get(line);
                int col = l.isEmpty() ? 0 : random.nextInt(l.length());
                char c = SPECIALS.charAt(random.nextInt(SPECIALS.length()));
                lines.set(line, l.substring(0, col) + c + l.substring(Math.min(l.length(), col + 1)));
                return text(path, "put " + printable(c) + at + ", column " + (col + 1), lines);
            }
            case 5:
                if (line + 1 < lines.size()) {
                    lines.add(line + 1, lines.remove(line));
                }
                return text(path, "swapped lines " + (line + 1) + " and " + (line + 2), lines);
            case 6: {
                String indent = List.of(" ", "  ", "   ", "\t").get(random.nextInt(4));
                boolean dedent = random.nextBoolean() && lines.get(line).startsWith(" ");
                lines.set(line, dedent ? lines.get(line).substring(1) : indent + lines.get(line));
                return text(path, (dedent ? "dedented" : "indented with " + printable(indent.charAt(0))) + " line " + (line + 1), lines);
            }
            case 7:
                return text(path, "changed a digit or dropped a letter" + at, tweakWord(lines, line, random));
            case 8: {
                String hostile = HOSTILE_LINES.get(random.nextInt(HOSTILE_LINES.size()));
                lines.add(line, hostile);
                return text(path, "inserted " + printable(hostile) + at, lines);
            }
            case 9:
                return new Mutation(path, "emptied the file", new byte[0]);
            default: {
                String l = lines.get(line);
                lines.set(line, l.replaceFirst(":\\s*", ": ") + (random.nextBoolean() ? " # comment" : " \"quoted"));
                return text(path, "appended to the value" + at, lines);
            }
        }
    }

    private static Mutation bytes(String path, byte[] original, Random random) {
        byte[][] junk = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xE2, (byte) 0x82}, {0x1B, '[', '2', 'J'}};
        int which = random.nextInt(junk.length);
        int offset = original.length == 0 ? 0 : random.nextInt(original.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(original, 0, offset);
        out.writeBytes(junk[which]);
        out.write(original, offset, original.length - offset);
        return new Mutation(path, "inserted bytes " + hex(junk[which]) + " at byte " + offset, out.toByteArray());
    }

    private static List<String> tweakWord(List<String> lines, int line, Random random) {
        String l = lines.get(line);
        for (int tries = 0; tries < 20 && !l.isEmpty(); tries++) {
            int i = random.nextInt(l.length());
            char c = l.charAt(i);
            if (Character.isDigit(c)) {
                lines.set(line, l.substring(0, i) + (char) ('0' + random.nextInt(10)) + l.substring(i + 1));
                return lines;
            }
            if (Character.isLetter(c)) {
                lines.set(line, l.substring(0, i) + l.substring(i + 1));
                return lines;
            }
        }
        return lines;
    }

    private static Mutation text(String path, String description, List<String> lines) {
        return new Mutation(path, description, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static String printable(char c) {
        return printable(String.valueOf(c));
    }

    private static String printable(String s) {
        String shown = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        StringBuilder b = new StringBuilder("'");
        shown.codePoints().forEach(cp -> b.append(cp < 0x20 || cp == 0x7F || cp == 0xFEFF ? String.format("\\u%04x", cp) : new String(Character.toChars(cp))));
        return b.append("'").toString();
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            b.append(String.format("%02X ", x));
        }
        return b.toString().trim();
    }
}
