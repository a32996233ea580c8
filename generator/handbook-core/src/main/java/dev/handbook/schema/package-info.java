/**
 * The content model as data: every field of every record form and of {@code site/handbook.yaml}, and the one reader
 * that checks a mapping against it.
 *
 * <p>Takes {@link dev.handbook.yaml.YamlMap}s; gives {@link dev.handbook.schema.Fields}, the valid fields converted to
 * their types, with every unknown field, wrong type, bad value or missing required field reported at its position by
 * {@link dev.handbook.schema.FieldReader}. {@link dev.handbook.schema.Schemas} (with {@link dev.handbook.schema.ChaosRunSchema} for experiment runs) and
 * {@link dev.handbook.schema.ConfigSchema} are the tables; {@link dev.handbook.schema.JsonSchemaWriter} and
 * {@link dev.handbook.schema.ReferenceDocWriter} generate {@code schemas/} and {@code docs/content-model.md} from them.
 *
 * <p>Later stages (format readers, config, parse) may rely on the schema being the only list of field names, so the
 * parser, the JSON Schemas and the reference cannot drift apart.
 */
package dev.handbook.schema;
