import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { feedStatements } from "~/data/feed";
import { languageParams, pathTo } from "~/data/routes";
import { siteText } from "~/data/settings";
import { useTranslations } from "~/i18n/ui";
import { splitEntryId } from "~/lib/urls";

/** One feed per language (/rss.xml, /ar/rss.xml …) with the newest statements written in it. */
export const getStaticPaths = languageParams;

export const GET: APIRoute<{ lang: string }> = async ({ props, site }) => {
  const { lang } = props;
  const statements = await feedStatements(lang);
  const { name, description } = siteText(lang);
  return rss({
    title: `${name}: ${useTranslations(lang)("statements.title")}`,
    description,
    site: new URL(pathTo(lang), site),
    customData: `<language>${lang}</language>`,
    items: statements.map((statement) => ({
      title: statement.data.title,
      description: statement.data.summary,
      pubDate: statement.data.published,
      link: pathTo(lang, "statements", splitEntryId(statement.id).slug),
      categories: statement.data.tags,
    })),
  });
};
