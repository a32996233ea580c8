/**
 * Build-time SVG diagrams: the dependency graph of services, SPOFs and runbooks, the timeline of a SPOF's drills,
 * chaos experiments and incidents, and its measured RTO/RPO against targets.
 *
 * <p>Context: part of the render stage; pages show the diagrams inline, with no JavaScript. Input: a
 * {@link dev.handbook.render.input.RenderInput} and the page's {@link dev.handbook.render.input.PageLinks}. Output: immutable view
 * records whose geometry is already computed (coordinates rounded to one decimal, sorted, no randomness), drawn by the
 * macros of {@code diagrams.ftlh} so FreeMarker escapes every piece of content text. A builder returns empty when there
 * is nothing to draw.
 */
package dev.handbook.render.diagram;
