package dev.handbook.schema;

import dev.handbook.model.EntryKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The fields every record kind has, and how a kind's form is put together from them and its own. */
public final class CommonSchema {

    private CommonSchema() {}

    public static final FieldKey<String> ID = FieldKey.id("id",
            "Unique across the handbook, whatever the case. Defaults to the file name without extension, lower-cased, spaces and `_` as `-`.");
    public static final FieldKey<String> TITLE = FieldKey.string("title", "The record's name as shown everywhere.").required();
    public static final FieldKey<String> OWNER = FieldKey.string("owner", "The owning team or person.");
    public static final FieldKey<List<String>> TAGS = FieldKey.strings("tags", "Free-form labels.");
    public static final FieldKey<List<Fields>> VERIFY = FieldKey.objects("verify", VerifySchema.RECORD, "Verification snippets run by `--verify`.");

    /** The form of {@code kind}: the common fields ({@code owner} required if {@code ownerRequired}), then its own. */
    static RecordSchema entry(EntryKind kind, String description, boolean ownerRequired, FieldKey<?>... own) {
        List<FieldSpec> fields = new ArrayList<>();
        for (FieldKey<?> common : List.of(ID, TITLE, OWNER, TAGS, VERIFY)) {
            fields.add(ownerRequired && common == OWNER ? common.spec().asRequired() : common.spec());
        }
        Arrays.stream(own).map(FieldKey::spec).forEach(fields::add);
        return new RecordSchema(kind.key(), description, fields);
    }
}
