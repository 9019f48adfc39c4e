/**
 * Every piece of interface text, in English. Other languages translate these
 * keys; a key they lack falls back to English. `{name}` marks a value filled
 * in by the page.
 */
export const en = {
  "site.skipToContent": "Skip to content",
  "site.mainNavigation": "Main",
  "site.footerNavigation": "More",
  "site.noTracking": "This site sets no cookies, runs no trackers and loads nothing from other websites.",
  "site.contact": "Contact",
  "site.followUs": "Follow us",
  "site.donate": "Donate",
  "site.languages": "Languages",

  "translation.outdated":
    "This translation may be out of date: the original has changed since it was translated.",
  "translation.readOriginal": "Read the original in {language}",

  "nav.home": "Home",
  "nav.statements": "Statements",
  "nav.actions": "Take action",
  "nav.faq": "FAQ",
  "nav.about": "About",

  "home.title": "Home",
  "home.latestStatement": "Latest statement",
  "home.readStatement": "Read the statement",
  "home.ourDemands": "What we demand",
  "home.takeAction": "Take action now",
  "home.allActions": "All actions",
  "home.questions": "Questions and answers",
  "home.questionsIntro": "New to the campaign? Start with the questions people ask most.",
  "home.allQuestions": "Read the FAQ",

  "statements.title": "Statements",
  "statements.intro": "What we have said, newest first.",
  "statements.published": "Published",
  "statements.updated": "Updated",
  "statements.signedBy": "Signed by",
  "statements.demands": "The demands of this statement",
  "statements.actions": "What you can do",
  "statements.readMore": "Read more",
  "statements.none": "No statements have been published yet.",
  "pager.label": "Pages of statements",
  "pager.newer": "← Newer statements",
  "pager.older": "Older statements →",
  "pager.position": "page {page} of {pages}",
  "statements.tags": "Topics",

  "actions.title": "Take action",
  "actions.intro":
    "Some actions take a few minutes; others grow over weeks and months. Pick one and start today.",
  "actions.active": "Act now",
  "actions.won": "Won",
  "actions.closed": "Closed",
  "actions.pastTitle": "Won and closed",
  "actions.steps": "What to do",
  "actions.deadline": "Until {date}",
  "actions.sendMessage": "Send this message",
  "actions.messageHelp":
    "Opens your e-mail app with the message ready. Read it, add your name, then send it.",
  "actions.sendOriginal": "Send the {language} version",
  "actions.sendOriginalHelp":
    "The people you write to may not read this language. The {language} version asks for the same things.",
  "actions.messageTo": "To",
  "actions.messageSubject": "Subject",
  "actions.demands": "This action supports",
  "actions.start": "Start",
  "actions.none": "There are no open actions right now.",
  "actions.pastIntro": "Actions that have ended, kept for the record.",

  "kind.contact-officials": "Contact officials",
  "kind.boycott": "Boycott",
  "kind.divest": "Divest",
  "kind.protest": "Protest",
  "kind.organize": "Organize",
  "kind.learn": "Learn",
  "kind.donate": "Donate",
  "kind.share": "Share",
  "kind.print": "Print",

  "faq.title": "Questions and answers",
  "faq.intro": "Short answers to the questions we hear most. Every answer has its own link you can share.",
  "faq.contents": "Sections",
  "faq.allAnswers": "All questions and answers",
  "faq.more": "More questions on this",
  "faq.category.basics": "The basics",
  "faq.category.demands": "Our demands",
  "faq.category.taking-part": "Taking part",
  "faq.category.safety": "Staying safe",

  "demands.title": "Our demands",
  "demands.intro": "What the campaign demands, and why. Each demand has its own link you can share.",
  "home.allDemands": "Read the demands in full",

  "about.contact": "Get in touch",
  "about.email": "E-mail",
  "about.elsewhere": "Elsewhere",

  "notFound.title": "Page not found",
  "notFound.body": "The page you asked for is not here. It may have moved, or the address may be mistyped.",
  "notFound.tryThese": "Try one of these instead:",

  "mediaLink.open": "Open on {platform}",
  "mediaLink.leavesSite":
    "This opens {platform}, which will see your visit. Nothing from it loads on this page.",
  "media.captions": "Captions",
  "media.transcript": "Transcript",
  "media.downloadVideo": "Download the video ({size})",
  "media.downloadAudio": "Download the recording ({size})",
  "media.playsOnClick": "Nothing downloads until you press play.",
  "media.printVideo": "Watch this video on our website.",
  "media.printAudio": "Listen to this recording on our website.",
  "topics.title": "Topics",
  "topics.intro": "Our statements and actions, gathered by what they are about.",
  "topics.counts": "Statements: {statements} · Actions: {actions}",
  "topic.kicker": "Topic",
  "topic.statements": "Statements",
  "topic.actions": "Actions",
  "topic.none": "Nothing is filed under this topic yet.",
  "topic.all": "All topics",
  "demand.kicker": "Demand",
  "demand.statements": "Statements that make this demand",
  "demand.actions": "Actions for this demand",
  "demand.none": "No statement or action makes this demand yet.",
  "demand.all": "All our demands",
  "archive.title": "Archive",
  "archive.intro": "Every statement, by the year it was issued.",
  "archive.year": "Statements of {year}",
  "archive.count": "Statements: {count}",
  "archive.link": "All statements by year",
  "statement.contents": "On this page",
  "statement.related": "Related statements",
  "statement.moreStatements": "More statements",
  "statement.older": "Older statement",
  "statement.newer": "Newer statement",
  "cta.label": "Take action",
  "leaflets.title": "Leaflets to print",
  "leaflets.intro":
    "Every statement and action as a one-page leaflet, in every language, ready to print and hand out.",
  "leaflets.howTo":
    "Print on any office printer or photocopier; they read well in black and white. The A5 two-up sheet gives two leaflets per A4 page: print, then cut in half.",
  "leaflets.twoUp": "A5 two-up on A4",
  "leaflets.printShop": "For a print shop (3 mm bleed):",
  "leaflets.openSheet": "Open the leaflet and print it from your browser",
  "leaflets.printThis": "Print it as a leaflet:",
  "leaflets.pdfRule":
    "Ready-made PDFs are here for every current action and the {count} newest statements in each language. Every other statement and action has a leaflet too: open it from its own page and print it from your browser, which can also save it as a PDF.",
  "leaflets.olderStatements": "Leaflets of older statements are on each statement’s page.",
  "print.readOnline": "Read and share this online:",

  "share.title": "Share this",
  "share.answer": "Share this answer",
  "share.email": "E-mail",
  "share.copy": "Copy link",
  "share.copied": "Link copied.",
  "share.native": "Share…",
  "share.linkLabel": "Link to this page",

  "downloads.title": "Read offline",
  "downloads.intro":
    "Where networks are cut or this site is blocked, a link does nothing, but a file passed from phone to phone still gets through. Download the campaign once, then read it and pass it on with no connection.",
  "downloads.editionTitle": "The campaign in one file",
  "downloads.editionBody":
    "Our statements, demands, actions and answers in a single web page. It opens in the browser of any phone or computer, with no connection and nothing to install. Send it as it is, by messenger, Bluetooth or memory card. This is the file for passing the campaign on.",
  "downloads.zipTitle": "The whole site in a folder",
  "downloads.zipBody":
    "Every page of the site in this language, as it looks online, packed into one zip file. Unpack it and open index.html in a browser. Use it on a computer, to keep a full copy, or to put the site on another server or a USB stick.",
  "downloads.download": "Download",
  "downloads.size": "{size} KB",
  "downloads.otherLanguages": "In other languages",
  "downloads.noLeaflets":
    "The leaflets to print are not in the zip file, to keep it small: they are on the leaflets page.",
  "downloads.safety":
    "A file on your phone can be found if the phone is searched. Delete it when you no longer need it, and be careful who sees you pass it on.",
  "edition.title": "The campaign in one file",
  "edition.about":
    "This file holds our statements, demands, actions and answers. It opens with no connection: read it, print it, and pass it on as it is.",
  "edition.latest": "The newest version of this file is on our downloads page:",
  "edition.contents": "Contents",
  "edition.backToContents": "Back to contents",
  "edition.online": "Online:",
  "edition.allStatements": "Every statement we have published is here in full.",
  "edition.someStatements":
    "The {count} newest statements are here in full. The {older} older ones are listed after them by title, with the address where each can be read.",
  "edition.olderStatements": "Older statements",
  "reach.title": "If this site is blocked",
  "reach.intro": "The same site is also published at these addresses. If one does not open, try another.",
  "reach.main": "Main address",
  "reach.mirrors": "Copies of the site",
  "reach.onion": "In Tor Browser",
  "reach.onionHelp":
    "This address opens only in Tor Browser, which keeps your network from seeing which site you visit.",
  "reach.offline": "Or read the campaign offline, and pass it on:",
} as const;

export type UiKey = keyof typeof en;
export type Dictionary = Partial<Record<UiKey, string>>;
