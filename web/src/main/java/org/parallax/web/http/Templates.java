package org.parallax.web.http;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** Renders the precompiled jte templates of src/main/jte. Output escaping is jte's HTML mode. */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    String render(String template, Object page) {
        StringOutput output = new StringOutput();
        engine.render(template, page, output);
        return output.toString();
    }
}
