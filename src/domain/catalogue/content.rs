//! The text of the five standard domains. Dutch at level B1, written to
//! the resident ("u"), strengths first. Ladders are our own first-person
//! situations (the participation ladder is the public one from the
//! sources); nothing here is taken from the Outcomes Star or the ZRM.

use super::{DomainDef, Field, Question, Scope, Strength};
use crate::domain::model::DomainId;
use crate::domain::text::Text;

fn t(nl: &str, en: &str) -> Text {
    Text::new(nl, en)
}

/// The domain-specific wording; the questions that read the same in every
/// domain (who is involved, agreements, notes) are shared below.
struct Spec {
    id: &'static str,
    name: Text,
    intro: Text,
    scope: Scope,
    min_age: Option<u8>,
    ladder: Vec<Text>,
    strengths: Vec<(&'static str, Text)>,
    going_well: (Text, Text, Text),
    wants: (Text, Text, Text),
    rung_now: (Text, Text),
    rung_wanted: (Text, Text),
    worries: (Text, Text, Text),
}

pub(super) fn standard_domains() -> Vec<DomainDef> {
    [work(), housing(), finances(), health(), safety()]
        .into_iter()
        .map(build)
        .collect()
}

fn q(domain: &str, field: Field, label: Text, hint: Text, why: Text, optional: bool) -> Question {
    Question {
        id: format!("{domain}.{}", field.key()),
        field,
        label,
        hint,
        why,
        optional,
    }
}

fn build(s: Spec) -> DomainDef {
    let d = s.id;
    let questions = questions(
        d,
        s.going_well,
        s.wants,
        s.rung_now,
        s.rung_wanted,
        s.worries,
    );
    DomainDef {
        id: DomainId::new(d),
        name: s.name,
        intro: s.intro,
        scope: s.scope,
        min_age: s.min_age,
        ladder: s.ladder,
        strengths: s
            .strengths
            .into_iter()
            .map(|(w, text)| Strength {
                id: format!("{d}.{w}"),
                text,
            })
            .collect(),
        questions,
    }
}

/// The ten questions of a domain in the order of domain.md: the wording
/// that differs per domain comes in, the shared wording is written here.
fn questions(
    d: &str,
    going_well: (Text, Text, Text),
    wants: (Text, Text, Text),
    rung_now: (Text, Text),
    rung_wanted: (Text, Text),
    worries: (Text, Text, Text),
) -> Vec<Question> {
    vec![
        q(d, Field::GoingWell, going_well.0, going_well.1, going_well.2, false),
        q(
            d,
            Field::Strengths,
            t("Wat past bij u?", "What fits you?"),
            t("Kies wat klopt. Meer kiezen mag.", "Pick what is true. You may pick more than one."),
            t(
                "Soms is het makkelijker om te kiezen dan om zelf iets te bedenken. Wat u kiest, komt bovenaan in uw plan.",
                "Sometimes it is easier to pick than to think of something yourself. What you pick goes at the top of your plan.",
            ),
            true,
        ),
        q(d, Field::Wants, wants.0, wants.1, wants.2, false),
        q(
            d,
            Field::RungNow,
            rung_now.0,
            t("Kies de zin die nu het beste past. U mag ook zeggen dat u dit liever niet zegt.", "Pick the sentence that fits best now. You may also say you would rather not say."),
            rung_now.1,
            true,
        ),
        q(
            d,
            Field::RungWanted,
            rung_wanted.0,
            t("Dit is uw doel, niet dat van iemand anders.", "This is your goal, not someone else's."),
            rung_wanted.1,
            true,
        ),
        q(d, Field::Worries, worries.0, worries.1, worries.2, true),
        q(
            d,
            Field::Network,
            t("Wie helpt u hierbij uit uw eigen kring?", "Who from your own circle helps you with this?"),
            t("Familie, vrienden, buren, iemand van de kerk of de club.", "Family, friends, neighbours, someone from church or a club."),
            t(
                "Mensen om u heen zijn vaak de grootste hulp. Als we weten wie er al is, kan het plan daarop bouwen.",
                "The people around you are often the biggest help. If we know who is already there, the plan can build on that.",
            ),
            true,
        ),
        q(
            d,
            Field::Professionals,
            t("Welke organisaties helpen u hier al bij?", "Which organisations already help you with this?"),
            t("Bijvoorbeeld de huisarts, de woningcorporatie, schuldhulp of school.", "For example the GP, the housing corporation, debt help or school."),
            t(
                "Zo staat iedereen die meehelpt op één plek. Dan hoeft u uw verhaal niet steeds opnieuw te vertellen.",
                "That way everyone who helps is in one place, and you do not have to tell your story again and again.",
            ),
            true,
        ),
        q(
            d,
            Field::Agreements,
            t("Welke afspraken maken we?", "What do we agree?"),
            t("Wat gaat er gebeuren, wie doet het, en wanneer?", "What will happen, who does it, and by when?"),
            t(
                "Een afspraak is een kleine, duidelijke stap. Elke stap hoort bij iemand: bij u, iemand uit uw kring, de coach of een organisatie.",
                "An agreement is a small, clear step. Every step belongs to someone: you, someone from your circle, the coach or an organisation.",
            ),
            true,
        ),
        q(
            d,
            Field::Notes,
            t("Wilt u nog iets kwijt?", "Anything else you want to add?"),
            Text::default(),
            t(
                "Hier is ruimte voor wat nergens anders past. U bepaalt wat er staat.",
                "Room for what does not fit anywhere else. You decide what it says.",
            ),
            true,
        ),
    ]
}

/// The questions of an embedding's own domain when its configuration gives
/// none: the standard wording, with "op dit gebied" ("in this area") where
/// a standard domain names its subject, so it reads right under any domain
/// name the screen shows above it.
pub(super) fn generic_questions(d: &str) -> Vec<Question> {
    questions(
        d,
        (
            t("Wat gaat goed op dit gebied?", "What is going well in this area?"),
            t("Denk aan wat u zelf al doet en wie u helpt.", "Think of what you already do yourself and who helps you."),
            t(
                "We beginnen met wat al lukt. Daar kunt u op verder bouwen.",
                "We start with what already works. That is what you can build on.",
            ),
        ),
        (
            t("Wat wilt u op dit gebied?", "What do you want in this area?"),
            t("Zeg het in uw eigen woorden.", "Say it in your own words."),
            t(
                "Het plan gaat over wat u zelf wilt, niet over wat een ander vindt.",
                "The plan is about what you want yourself, not what someone else thinks.",
            ),
        ),
        (
            t("Welke zin past nu het beste bij u?", "Which sentence fits you best right now?"),
            t(
                "Zo kunnen we later samen zien wat er veranderd is. Het is geen cijfer en geen oordeel.",
                "That way we can later see together what has changed. It is not a mark and not a judgement.",
            ),
        ),
        (
            t("Waar wilt u over een jaar staan?", "Where do you want to be in a year?"),
            t(
                "Waar u nu staat en waar u heen wilt zijn twee verschillende dingen. Allebei tellen.",
                "Where you are now and where you want to go are two different things. Both count.",
            ),
        ),
        (
            t("Is er iets waar u zich zorgen over maakt?", "Is there anything you worry about?"),
            t("Dit hoeft niet. U mag dit overslaan.", "You do not have to answer. You may skip this."),
            t(
                "Als we weten wat zwaar is, kunnen we daar rekening mee houden in de afspraken.",
                "If we know what is hard, we can take it into account in the agreements.",
            ),
        ),
    )
}

fn work() -> Spec {
    Spec {
        id: "work",
        name: t("Werk en meedoen", "Work and taking part"),
        intro: t(
            "Meedoen kan op veel manieren: contact met anderen, een club, vrijwilligerswerk of betaald werk. We vragen dit voor iedereen in het huishouden apart.",
            "Taking part can happen in many ways: contact with others, a club, volunteering or paid work. We ask this for each person in the household.",
        ),
        scope: Scope::PerMember,
        // Paid work and volunteering are not put to children: from 16, the
        // age a young person may take most jobs and the end of full-time
        // compulsory schooling.
        min_age: Some(16),
        // The participation ladder from the sources, in the first person.
        ladder: vec![
            t("Ik heb weinig contact met mensen buiten mijn huis.", "I have little contact with people outside my home."),
            t("Ik heb contact met mensen buiten mijn huis, zoals familie, vrienden of buren.", "I have contact with people outside my home, like family, friends or neighbours."),
            t("Ik doe mee aan activiteiten, zoals een club, een cursus of een inloop.", "I take part in organised activities, like a club, a course or a drop-in."),
            t("Ik doe vrijwilligerswerk of ander onbetaald werk.", "I do volunteering or other unpaid work."),
            t("Ik heb betaald werk, met steun.", "I have paid work, with support."),
            t("Ik heb betaald werk.", "I have paid work."),
        ],
        strengths: vec![
            ("helps_others", t("Ik help graag anderen.", "I like helping others.")),
            ("reliable", t("Ik ben op tijd en kom afspraken na.", "I am on time and keep my word.")),
            ("handy", t("Ik ben handig met mijn handen.", "I am good with my hands.")),
            ("learns", t("Ik leer graag iets nieuws.", "I like learning something new.")),
            ("languages", t("Ik spreek meer dan één taal.", "I speak more than one language.")),
            ("cares", t("Ik zorg voor iemand in mijn familie.", "I look after someone in my family.")),
        ],
        going_well: (
            t("Wat gaat goed in werk en meedoen?", "What is going well in work and taking part?"),
            t("Denk aan werk, vrijwilligerswerk, een club, zorg voor anderen.", "Think of work, volunteering, a club, caring for others."),
            t(
                "We beginnen met wat al lukt. Daar kunt u op verder bouwen.",
                "We start with what already works. That is what you can build on.",
            ),
        ),
        wants: (
            t("Wat wilt u op dit gebied?", "What do you want here?"),
            t("Zeg het in uw eigen woorden.", "Say it in your own words."),
            t(
                "Het plan gaat over wat u zelf wilt, niet over wat een ander vindt.",
                "The plan is about what you want yourself, not what someone else thinks.",
            ),
        ),
        rung_now: (
            t("Welke zin past nu het beste bij u?", "Which sentence fits you best right now?"),
            t(
                "Zo kunnen we later samen zien wat er veranderd is. Het is geen cijfer en geen oordeel.",
                "That way we can later see together what has changed. It is not a mark and not a judgement.",
            ),
        ),
        rung_wanted: (
            t("Waar wilt u over een jaar staan?", "Where do you want to be in a year?"),
            t(
                "Waar u nu staat en waar u heen wilt zijn twee verschillende dingen. Allebei tellen.",
                "Where you are now and where you want to go are two different things. Both count.",
            ),
        ),
        worries: (
            t("Is er iets waar u zich zorgen over maakt?", "Is there anything you worry about?"),
            t("Dit hoeft niet. U mag dit overslaan.", "You do not have to answer. You may skip this."),
            t(
                "Als we weten wat zwaar is, kunnen we daar rekening mee houden in de afspraken.",
                "If we know what is hard, we can take it into account in the agreements.",
            ),
        ),
    }
}

fn housing() -> Spec {
    Spec {
        id: "housing",
        name: t("Wonen", "Housing"),
        intro: t(
            "Over uw huis: of het past, of u er kunt blijven, en hoe het wonen gaat. Dit vragen we voor het hele huishouden.",
            "About your home: whether it suits you, whether you can stay, and how living there goes. We ask this for the whole household.",
        ),
        scope: Scope::Household,
        min_age: None,
        ladder: vec![
            t("Ik heb nu geen eigen plek om te wonen.", "I do not have a place of my own to live right now."),
            t("Ik woon tijdelijk ergens, bij iemand anders of in de opvang.", "I am staying somewhere for now, with someone else or in a shelter."),
            t("Ik heb een huis, maar ik ben bang dat ik het kwijtraak.", "I have a home, but I am afraid I will lose it."),
            t("Ik heb een huis, maar er moet iets veranderen, zoals de grootte, vocht of de huur.", "I have a home, but something needs to change, like its size, damp or the rent."),
            t("Ik woon in een huis dat past, met af en toe wat hulp.", "I live in a home that suits me, with some help now and then."),
            t("Ik woon prettig en regel alles rond mijn huis zelf.", "I live well and arrange everything about my home myself."),
        ],
        strengths: vec![
            ("tidy", t("Ik houd mijn huis netjes.", "I keep my home tidy.")),
            ("rent_paid", t("De huur wordt op tijd betaald.", "The rent is paid on time.")),
            ("good_neighbours", t("We hebben goed contact met de buren.", "We get on well with the neighbours.")),
            ("feels_home", t("We voelen ons thuis in de buurt.", "We feel at home in the neighbourhood.")),
            ("repairs", t("Ik regel kleine reparaties zelf.", "I do small repairs myself.")),
        ],
        going_well: (
            t("Wat gaat goed met wonen?", "What is going well with your home?"),
            t("Denk aan uw huis, de buurt, de buren.", "Think of your home, the neighbourhood, the neighbours."),
            t(
                "We beginnen met wat al goed gaat. Dat willen we houden.",
                "We start with what already goes well. That is what we want to keep.",
            ),
        ),
        wants: (
            t("Wat wilt u met uw huis of uw buurt?", "What do you want for your home or neighbourhood?"),
            t("Zeg het in uw eigen woorden.", "Say it in your own words."),
            t(
                "Uw wens is het doel van dit deel van het plan.",
                "Your wish is the goal of this part of the plan.",
            ),
        ),
        rung_now: (
            t("Welke zin past nu het beste bij uw huishouden?", "Which sentence fits your household best right now?"),
            t(
                "Zo zien we later samen wat er veranderd is. Het is geen cijfer.",
                "That way we can later see together what has changed. It is not a mark.",
            ),
        ),
        rung_wanted: (
            t("Welke zin wilt u over een jaar kunnen kiezen?", "Which sentence do you want to be able to pick in a year?"),
            t(
                "Zo weten we waar u naartoe wilt, in stappen die u zelf kiest.",
                "That way we know where you want to go, in steps you choose yourself.",
            ),
        ),
        worries: (
            t("Maakt u zich ergens zorgen over rond uw huis?", "Is anything about your home worrying you?"),
            t("Bijvoorbeeld een brief van de verhuurder. Dit hoeft niet.", "For example a letter from the landlord. You do not have to answer."),
            t(
                "Soms is er haast bij, zoals bij huur die nog open staat of een brief. Dan kunnen we daar eerst naar kijken.",
                "Sometimes something is urgent, like unpaid rent or a letter. Then we can look at that first.",
            ),
        ),
    }
}

fn finances() -> Spec {
    Spec {
        id: "finances",
        name: t("Geld", "Money"),
        intro: t(
            "Over rondkomen: wat er binnenkomt, wat er uitgaat, en wat u al regelt. Dit vragen we voor het hele huishouden.",
            "About making ends meet: what comes in, what goes out, and what you already manage. We ask this for the whole household.",
        ),
        scope: Scope::Household,
        min_age: None,
        ladder: vec![
            t("Ik heb deze maand niet genoeg geld voor eten of huur.", "I do not have enough money for food or rent this month."),
            t("Ik heb schulden die groeien, en ik weet niet waar ik moet beginnen.", "I have debts that keep growing, and I do not know where to start."),
            t("Ik heb schulden, en er is een regeling of hulp gestart.", "I have debts, and a payment plan or help has started."),
            t("Ik kom net rond, maar een onverwachte rekening is moeilijk.", "I just make ends meet, but an unexpected bill is hard."),
            t("Ik kom rond en betaal mijn rekeningen op tijd.", "I make ends meet and pay my bills on time."),
            t("Ik kom rond en zet een beetje opzij.", "I make ends meet and put a little aside."),
        ],
        strengths: vec![
            ("overview", t("Ik weet wat er binnenkomt en wat er uitgaat.", "I know what comes in and what goes out.")),
            ("opens_post", t("Ik open mijn post en bewaar de papieren.", "I open my post and keep the papers.")),
            ("careful", t("Ik ben zuinig en vergelijk prijzen.", "I am careful with money and compare prices.")),
            ("asks_help", t("Ik vraag hulp als ik er niet uitkom.", "I ask for help when I cannot work it out.")),
            ("benefits", t("Ik krijg de toeslagen waar ik recht op heb.", "I receive the allowances I am entitled to.")),
        ],
        going_well: (
            t("Wat gaat goed met geld?", "What is going well with money?"),
            t("Wat regelt u al zelf? Wie helpt?", "What do you already manage yourself? Who helps?"),
            t(
                "Iedereen doet al dingen die werken. Daar beginnen we mee.",
                "Everyone already does things that work. That is where we start.",
            ),
        ),
        wants: (
            t("Wat wilt u met uw geld bereiken?", "What do you want to achieve with your money?"),
            t("Bijvoorbeeld: rustig rondkomen, of iets opzij zetten.", "For example: making ends meet calmly, or putting something aside."),
            t(
                "Uw eigen doel geeft richting aan de afspraken.",
                "Your own goal gives direction to the agreements.",
            ),
        ),
        rung_now: (
            t("Welke zin past nu het beste bij uw huishouden?", "Which sentence fits your household best right now?"),
            t(
                "Zo zien we later samen wat er veranderd is. Het is geen cijfer en niemand krijgt een stempel.",
                "That way we can later see together what has changed. It is not a mark and nobody gets a label.",
            ),
        ),
        rung_wanted: (
            t("Welke zin wilt u over een jaar kunnen kiezen?", "Which sentence do you want to be able to pick in a year?"),
            t(
                "Een kleine stap omhoog telt ook. U kiest zelf hoe ver.",
                "A small step up counts too. You choose how far.",
            ),
        ),
        worries: (
            t("Zijn er rekeningen of brieven waar u zich zorgen over maakt?", "Are there bills or letters you worry about?"),
            t("Dit hoeft niet. U mag dit overslaan.", "You do not have to answer. You may skip this."),
            t(
                "Sommige brieven hebben een termijn. Als we dat weten, kunnen we op tijd helpen.",
                "Some letters have a deadline. If we know, we can help in time.",
            ),
        ),
    }
}

fn health() -> Spec {
    Spec {
        id: "health",
        name: t("Gezondheid", "Health"),
        intro: t(
            "Over hoe u zich voelt, lichamelijk en in uw hoofd. We vragen dit voor iedereen apart, en u bepaalt wat u vertelt.",
            "About how you feel, in body and mind. We ask this for each person, and you decide what you tell.",
        ),
        scope: Scope::PerMember,
        min_age: None,
        ladder: vec![
            t("Ik voel me vaak niet goed, en ik krijg nu geen hulp.", "I often do not feel well, and I get no help right now."),
            t("Ik voel me vaak niet goed, maar ik krijg hulp of ga die zoeken.", "I often do not feel well, but I get help or am looking for it."),
            t("Ik heb goede en slechte dagen, en ik weet wat mij helpt.", "I have good and bad days, and I know what helps me."),
            t("Ik voel me meestal goed, met de zorg die ik nodig heb.", "I mostly feel well, with the care I need."),
            t("Ik voel me goed en zorg zelf voor mijn gezondheid.", "I feel well and look after my health myself."),
        ],
        strengths: vec![
            ("moves", t("Ik beweeg elke dag een beetje.", "I move a little every day.")),
            ("sleeps", t("Ik slaap meestal goed.", "I usually sleep well.")),
            ("talks", t("Ik heb iemand om mee te praten.", "I have someone to talk to.")),
            ("gp", t("Ik ga naar de huisarts als het nodig is.", "I see the GP when I need to.")),
            ("cooks", t("Ik kook vaak zelf.", "I often cook myself.")),
        ],
        going_well: (
            t("Wat gaat goed met uw gezondheid?", "What is going well with your health?"),
            t("Wat doet u al om u goed te voelen?", "What do you already do to feel well?"),
            t(
                "We beginnen bij wat u al doet. Dat is vaak meer dan u denkt.",
                "We start with what you already do. That is often more than you think.",
            ),
        ),
        wants: (
            t("Wat wilt u voor uw gezondheid?", "What do you want for your health?"),
            t("Zeg het in uw eigen woorden.", "Say it in your own words."),
            t(
                "U weet zelf het beste wat voor u belangrijk is.",
                "You know best what matters to you.",
            ),
        ),
        rung_now: (
            t("Welke zin past nu het beste bij u?", "Which sentence fits you best right now?"),
            t(
                "Zo zien we later samen wat er veranderd is. Het is geen cijfer en geen diagnose.",
                "That way we can later see together what has changed. It is not a mark and not a diagnosis.",
            ),
        ),
        rung_wanted: (
            t("Welke zin wilt u over een jaar kunnen kiezen?", "Which sentence do you want to be able to pick in a year?"),
            t(
                "Zo weten we waar u naartoe wilt. U bepaalt het tempo.",
                "That way we know where you want to go. You set the pace.",
            ),
        ),
        worries: (
            t("Is er iets met uw gezondheid waar u zich zorgen over maakt?", "Is there anything about your health that worries you?"),
            t("Dit hoeft niet. U mag dit overslaan.", "You do not have to answer. You may skip this."),
            t(
                "Als iets zwaar is, kan een afspraak daarbij helpen. U bepaalt wat er in het plan komt.",
                "If something is hard, an agreement can help with it. You decide what goes into the plan.",
            ),
        ),
    }
}

fn safety() -> Spec {
    Spec {
        id: "safety",
        name: t("Veiligheid", "Safety"),
        intro: t(
            "Over of u zich veilig voelt: thuis, in de buurt en bij de mensen om u heen. Dit vragen we voor het hele huishouden.",
            "About feeling safe: at home, in the neighbourhood and with the people around you. We ask this for the whole household.",
        ),
        scope: Scope::Household,
        min_age: None,
        ladder: vec![
            t("Ik voel me thuis niet veilig.", "I do not feel safe at home."),
            t("Ik voel me soms niet veilig, en ik weet niet goed bij wie ik terecht kan.", "Sometimes I do not feel safe, and I am not sure who I can turn to."),
            t("Ik voel me soms niet veilig, maar ik weet wie mij helpt.", "Sometimes I do not feel safe, but I know who helps me."),
            t("Ik voel me meestal veilig, thuis en in de buurt.", "I mostly feel safe, at home and in the neighbourhood."),
            t("Ik voel me veilig, en de mensen in mijn huis ook.", "I feel safe, and so do the people in my home."),
        ],
        strengths: vec![
            ("trusted_person", t("Er is iemand die ik altijd kan bellen.", "There is someone I can always call.")),
            ("calm_home", t("Thuis is het meestal rustig.", "It is usually calm at home.")),
            ("knows_neighbours", t("Ik ken de mensen in mijn straat.", "I know the people in my street.")),
            ("speaks_up", t("Ik zeg het als iets niet goed voelt.", "I speak up when something does not feel right.")),
        ],
        going_well: (
            t("Wat helpt u om u veilig te voelen?", "What helps you feel safe?"),
            t("Denk aan mensen, plekken, gewoontes.", "Think of people, places, habits."),
            t(
                "Wat nu al helpt, willen we sterker maken.",
                "What already helps is what we want to make stronger.",
            ),
        ),
        wants: (
            t("Wat wilt u op het gebied van veiligheid?", "What do you want when it comes to safety?"),
            t("Zeg het in uw eigen woorden.", "Say it in your own words."),
            t(
                "Uw wens bepaalt wat we samen gaan doen.",
                "Your wish decides what we will do together.",
            ),
        ),
        rung_now: (
            t("Welke zin past nu het beste bij uw huishouden?", "Which sentence fits your household best right now?"),
            t(
                "Zo zien we later samen wat er veranderd is. Het is geen cijfer.",
                "That way we can later see together what has changed. It is not a mark.",
            ),
        ),
        rung_wanted: (
            t("Welke zin wilt u over een jaar kunnen kiezen?", "Which sentence do you want to be able to pick in a year?"),
            t(
                "Zo weten we waar u naartoe wilt.",
                "That way we know where you want to go.",
            ),
        ),
        worries: (
            t("Is er iets waardoor u zich niet veilig voelt?", "Is there anything that makes you feel unsafe?"),
            t("Dit hoeft niet. Bij direct gevaar: bel 112.", "You do not have to answer. In immediate danger: call 112."),
            t(
                "Als het niet veilig is, gaat dat voor. Dan zoeken we samen wie er snel kan helpen.",
                "If it is not safe, that comes first. Then we look together for who can help quickly.",
            ),
        ),
    }
}
