import type { Dictionary } from "./en.ts";

/** Interface text in Spanish. Keys missing here fall back to English. */
export const es = {
  "site.skipToContent": "Ir al contenido",
  "site.mainNavigation": "Principal",
  "site.footerNavigation": "Más",
  "site.noTracking":
    "Este sitio no usa cookies, no tiene rastreadores y no carga nada desde otros sitios web.",
  "site.contact": "Contacto",
  "site.followUs": "Síguenos",
  "site.donate": "Donar",
  "site.languages": "Idiomas",

  "translation.outdated":
    "Es posible que esta traducción esté desactualizada: el original ha cambiado desde que se tradujo.",
  "translation.readOriginal": "Leer el original en {language}",

  "nav.home": "Inicio",
  "nav.statements": "Declaraciones",
  "nav.actions": "Actúa",
  "nav.faq": "Preguntas",
  "nav.about": "Nosotros",

  "home.title": "Inicio",
  "home.latestStatement": "Última declaración",
  "home.readStatement": "Leer la declaración",
  "home.ourDemands": "Lo que exigimos",
  "home.takeAction": "Actúa ahora",
  "home.allActions": "Todas las acciones",
  "home.questions": "Preguntas y respuestas",
  "home.questionsIntro": "¿Recién te sumas a la campaña? Empieza por las preguntas más frecuentes.",
  "home.allQuestions": "Ver las preguntas frecuentes",

  "statements.title": "Declaraciones",
  "statements.intro": "Lo que hemos dicho, de lo más reciente a lo más antiguo.",
  "statements.published": "Publicada el",
  "statements.updated": "Actualizada el",
  "statements.signedBy": "Firmada por",
  "statements.demands": "Las demandas de esta declaración",
  "statements.actions": "Lo que puedes hacer",
  "statements.readMore": "Leer más",
  "statements.none": "Todavía no se ha publicado ninguna declaración.",
  "pager.label": "Páginas de declaraciones",
  "pager.newer": "← Declaraciones más recientes",
  "pager.older": "Declaraciones anteriores →",
  "pager.position": "página {page} de {pages}",
  "statements.tags": "Temas",

  "actions.title": "Actúa",
  "actions.intro":
    "Algunas acciones llevan unos minutos; otras se construyen a lo largo de semanas y meses. Elige una y empieza hoy.",
  "actions.active": "Actúa ahora",
  "actions.won": "Ganada",
  "actions.closed": "Cerrada",
  "actions.pastTitle": "Ganadas y cerradas",
  "actions.steps": "Qué hacer",
  "actions.deadline": "Hasta el {date}",
  "actions.sendMessage": "Enviar este mensaje",
  "actions.messageHelp":
    "Abre tu aplicación de correo con el mensaje listo. Léelo, agrega tu nombre y envíalo.",
  "actions.sendOriginal": "Enviar la versión en {language}",
  "actions.sendOriginalHelp":
    "Es posible que las personas a quienes escribes no lean español. La versión en {language} pide lo mismo.",
  "actions.messageTo": "Para",
  "actions.messageSubject": "Asunto",
  "actions.demands": "Esta acción apoya",
  "actions.start": "Empezar",
  "actions.none": "En este momento no hay acciones abiertas.",
  "actions.pastIntro": "Acciones que ya terminaron, guardadas como registro.",

  "kind.contact-officials": "Escribir a representantes",
  "kind.boycott": "Boicotear",
  "kind.divest": "Desinvertir",
  "kind.protest": "Protestar",
  "kind.organize": "Organizarse",
  "kind.learn": "Aprender",
  "kind.donate": "Donar",
  "kind.share": "Compartir",
  "kind.print": "Imprimir",

  "faq.title": "Preguntas y respuestas",
  "faq.intro":
    "Respuestas breves a las preguntas que más nos hacen. Cada respuesta tiene su propio enlace para compartir.",
  "faq.contents": "Secciones",
  "faq.allAnswers": "Todas las preguntas y respuestas",
  "faq.more": "Más preguntas sobre este tema",
  "faq.category.basics": "Lo básico",
  "faq.category.demands": "Nuestras demandas",
  "faq.category.taking-part": "Cómo participar",
  "faq.category.safety": "Seguridad",

  "demands.title": "Nuestras demandas",
  "demands.intro": "Lo que exige la campaña, y por qué. Cada demanda tiene su propio enlace para compartir.",
  "home.allDemands": "Leer las demandas completas",

  "about.contact": "Contáctanos",
  "about.email": "Correo electrónico",
  "about.elsewhere": "En otros sitios",

  "notFound.title": "Página no encontrada",
  "notFound.body":
    "La página que buscas no está aquí. Puede que se haya movido o que la dirección esté mal escrita.",
  "notFound.tryThese": "Prueba con una de estas:",

  "share.title": "Compartir",
  "share.answer": "Compartir esta respuesta",
  "share.email": "Correo",
  "share.copy": "Copiar enlace",
  "share.copied": "Enlace copiado.",
  "share.native": "Compartir…",
  "share.linkLabel": "Enlace a esta página",
  "leaflets.title": "Volantes para imprimir",
  "leaflets.intro":
    "Cada declaración y acción como volante de una página, en cada idioma, lista para imprimir y repartir.",
  "leaflets.howTo":
    "Imprímelos en cualquier impresora o fotocopiadora de oficina; se leen bien en blanco y negro. La hoja A5 doble trae dos volantes por página A4: imprime y corta por la mitad.",
  "leaflets.twoUp": "Dos A5 en una hoja A4",
  "leaflets.printShop": "Para imprenta (3 mm de sangrado):",
  "leaflets.openSheet": "Abrir el volante e imprimirlo desde el navegador",
  "leaflets.printThis": "Imprimirlo como volante:",
  "leaflets.pdfRule":
    "Aquí hay PDF listos para imprimir de cada acción en curso y de las {count} declaraciones más recientes en cada idioma. Las demás declaraciones y acciones también tienen su volante: ábrelo desde su página e imprímelo desde el navegador, donde también puedes guardarlo como PDF.",
  "leaflets.olderStatements":
    "Los volantes de las declaraciones anteriores están en la página de cada declaración.",
  "print.readOnline": "Léelo y compártelo en línea:",
  "mediaLink.open": "Abrir en {platform}",
  "mediaLink.leavesSite":
    "Este enlace lleva a {platform}, que registrará tu visita. Nada de ese sitio se carga en esta página.",
  "media.captions": "Subtítulos",
  "media.transcript": "Transcripción",
  "media.downloadVideo": "Descargar el vídeo ({size})",
  "media.downloadAudio": "Descargar la grabación ({size})",
  "media.playsOnClick": "No se descarga nada hasta que pulses reproducir.",
  "media.printVideo": "Mira este vídeo en nuestro sitio web.",
  "media.printAudio": "Escucha esta grabación en nuestro sitio web.",
  "cta.label": "Actúa",
} satisfies Dictionary;
