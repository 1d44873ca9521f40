#include "core/sandbox/DemoDataset.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace LeadBridge::Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// ---------------------------------------------------------------------------
// Static source tables. Built once (function-local static) so that
// syntheticPerson() never rebuilds anything per call.
// ---------------------------------------------------------------------------

struct NameSrc
{
    const char *display; // UTF-8
    const char *ascii; // for email local parts
};

constexpr NameSrc kFirstNames[] = {
    { "Emma", "emma" },
    { "Liam", "liam" },
    { "Olivia", "olivia" },
    { "Noah", "noah" },
    { "Ava", "ava" },
    { "Ethan", "ethan" },
    { "Sophia", "sophia" },
    { "Mason", "mason" },
    { "Zoë", "zoe" },
    { "Łukasz", "lukasz" },
    { "José", "jose" },
    { "Siobhán", "siobhan" },
    { "Björn", "bjorn" },
    { "Renée", "renee" },
    { "François", "francois" },
    { "Søren", "soren" },
    { "Małgorzata", "malgorzata" },
    { "Jürgen", "jurgen" },
    { "Ines", "ines" },
    { "Mateo", "mateo" },
    { "Lucía", "lucia" },
    { "Chloé", "chloe" },
    { "Aoife", "aoife" },
    { "Niamh", "niamh" },
    { "Priya", "priya" },
    { "Arjun", "arjun" },
    { "Wei", "wei" },
    { "Mei", "mei" },
    { "美咲", "misaki" },
    { "健太", "kenta" },
    { "Hiroshi", "hiroshi" },
    { "Yuki", "yuki" },
    { "Ana", "ana" },
    { "João", "joao" },
    { "Thiago", "thiago" },
    { "Fernanda", "fernanda" },
    { "Daniel", "daniel" },
    { "Sarah", "sarah" },
    { "Michael", "michael" },
    { "Jennifer", "jennifer" },
    { "David", "david" },
    { "Laura", "laura" },
    { "James", "james" },
    { "Rachel", "rachel" },
    { "Oliver", "oliver" },
    { "Charlotte", "charlotte" },
    { "Hannah", "hannah" },
    { "Lukas", "lukas" },
    { "Anna", "anna" },
    { "Felix", "felix" },
    { "Marie", "marie" },
    { "Piotr", "piotr" },
    { "Katarzyna", "katarzyna" },
    { "Ömer", "omer" },
    { "Elif", "elif" },
    { "Åsa", "asa" },
    { "Ingrid", "ingrid" },
    { "Carlos", "carlos" },
    { "Gabriela", "gabriela" },
    { "Kwame", "kwame" },
    { "Amara", "amara" },
    { "Dmitri", "dmitri" },
    { "Olga", "olga" },
};

constexpr NameSrc kLastNames[] = {
    { "Smith", "smith" },
    { "Johnson", "johnson" },
    { "Williams", "williams" },
    { "Brown", "brown" },
    { "Miller", "miller" },
    { "Davis", "davis" },
    { "García", "garcia" },
    { "Rodríguez", "rodriguez" },
    { "Martínez", "martinez" },
    { "Müller", "muller" },
    { "Schmidt", "schmidt" },
    { "Schneider", "schneider" },
    { "Fischer", "fischer" },
    { "Weiß", "weiss" },
    { "Kowalski", "kowalski" },
    { "Wiśniewski", "wisniewski" },
    { "Nowak", "nowak" },
    { "Dubois", "dubois" },
    { "Lefèvre", "lefevre" },
    { "Moreau", "moreau" },
    { "O'Brien", "obrien" },
    { "Ó Súilleabháin", "osullivan" },
    { "Murphy", "murphy" },
    { "Kelly", "kelly" },
    { "Nielsen", "nielsen" },
    { "Jørgensen", "jorgensen" },
    { "Andersson", "andersson" },
    { "Öztürk", "ozturk" },
    { "Yılmaz", "yilmaz" },
    { "Rossi", "rossi" },
    { "Bianchi", "bianchi" },
    { "Silva", "silva" },
    { "Santos", "santos" },
    { "Gonçalves", "goncalves" },
    { "佐藤", "sato" },
    { "鈴木", "suzuki" },
    { "Tanaka", "tanaka" },
    { "Watanabe", "watanabe" },
    { "Chen", "chen" },
    { "Wang", "wang" },
    { "Li", "li" },
    { "Patel", "patel" },
    { "Sharma", "sharma" },
    { "Singh", "singh" },
    { "Nguyen", "nguyen" },
    { "Kim", "kim" },
    { "Park", "park" },
    { "Taylor", "taylor" },
    { "Wilson", "wilson" },
    { "Anderson", "anderson" },
    { "Thomas", "thomas" },
    { "Moore", "moore" },
    { "Martin", "martin" },
    { "Clark", "clark" },
    { "Lewis", "lewis" },
    { "Walker", "walker" },
    { "Hall", "hall" },
    { "Young", "young" },
    { "van der Berg", "vanderberg" },
    { "de Vries", "devries" },
    { "Ivanova", "ivanova" },
    { "Petrov", "petrov" },
    { "Mensah", "mensah" },
};

constexpr const char *kMiddleNames[] = { "A.", "J.", "Marie", "Lee", "M.", "Ann", "R.", "Louise" };

struct CompanySrc
{
    const char *name;
    const char *domain;
    const char *industry;
    int sizeBucket; // index into kCompanySizes
};

constexpr CompanySrc kCompanies[] = {
    { "Acme Analytics", "acme-analytics.com", "Software", 3 },
    { "Globex Corporation", "globex.com", "Manufacturing", 6 },
    { "Initech", "initech.io", "Software", 2 },
    { "Umbrella Health", "umbrellahealth.com", "Healthcare", 5 },
    { "Northwind Traders", "northwindtraders.com", "Retail", 4 },
    { "Contoso Ltd", "contoso.co.uk", "Financial Services", 5 },
    { "Fabrikam Inc.", "fabrikam.com", "Manufacturing", 4 },
    { "Tailspin Toys", "tailspintoys.com", "Retail", 2 },
    { "Wingtip Solutions", "wingtip.solutions", "Consulting", 1 },
    { "Blue Yonder Airlines", "blueyonderair.com", "Transportation", 6 },
    { "Litware Systems", "litware.de", "Software", 3 },
    { "Adventure Works", "adventure-works.com", "Retail", 4 },
    { "Proseware GmbH", "proseware.de", "Software", 2 },
    { "Lucerne Publishing", "lucernepublishing.ch", "Media", 2 },
    { "Margie's Travel", "margiestravel.com", "Travel", 1 },
    { "Trey Research", "treyresearch.net", "Pharmaceuticals", 3 },
    { "Alpine Ski House", "alpineskihouse.at", "Hospitality", 1 },
    { "Coho Winery", "cohowinery.com", "Food & Beverage", 1 },
    { "Fourth Coffee", "fourthcoffee.com", "Food & Beverage", 3 },
    { "Woodgrove Bank", "woodgrovebank.com", "Financial Services", 6 },
    { "Datenwerk AG", "datenwerk.de", "Software", 4 },
    { "Société Générale d'Études", "sge-etudes.fr", "Consulting", 3 },
    { "Kraków Data Labs", "krakowdatalabs.pl", "Software", 2 },
    { "Iberia Logística S.L.", "iberialogistica.es", "Transportation", 4 },
    { "Dublin Cloud Partners", "dublincloud.ie", "Consulting", 1 },
    { "Sakura Robotics 株式会社", "sakura-robotics.jp", "Manufacturing", 5 },
    { "São Paulo Fintech", "spfintech.com.br", "Financial Services", 2 },
    { "Maple Leaf Insights", "mapleleafinsights.ca", "Market Research", 2 },
    { "Nordlys Energi AS", "nordlys-energi.no", "Energy", 4 },
    { "Helvetia Instruments", "helvetia-instruments.ch", "Manufacturing", 3 },
    { "Pinnacle Marketing Group", "pinnaclemg.com", "Marketing Services", 2 },
    { "Summit Healthcare Partners", "summithcp.org", "Healthcare", 4 },
    { "Quantum Ledger", "quantumledger.io", "Financial Services", 1 },
    { "Greenfield University", "greenfield.edu", "Education", 5 },
    { "Bright Horizons Media", "brighthorizonsmedia.com", "Media", 2 },
    { "Ironclad Security", "ironcladsec.com", "Software", 3 },
};

constexpr const char *kCompanySizes[]
    = { "1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000", "5000+" };

struct TitleSrc
{
    const char *title;
    const char *function;
};

constexpr TitleSrc kTitles[] = {
    { "Marketing Manager", "Marketing" },
    { "Director of Demand Generation", "Marketing" },
    { "VP Marketing", "Marketing" },
    { "Marketing Operations Specialist", "Marketing" },
    { "Content Strategist", "Marketing" },
    { "Account Executive", "Sales" },
    { "Sales Development Representative", "Sales" },
    { "Head of Sales", "Sales" },
    { "Regional Sales Director", "Sales" },
    { "IT Manager", "IT" },
    { "Systems Administrator", "IT" },
    { "Chief Information Officer", "IT" },
    { "Data Engineer", "Engineering" },
    { "Software Engineer", "Engineering" },
    { "VP Engineering", "Engineering" },
    { "CFO", "Finance" },
    { "Financial Analyst", "Finance" },
    { "Controller", "Finance" },
    { "Operations Manager", "Operations" },
    { "COO", "Operations" },
    { "CEO", "Executive" },
    { "Founder", "Executive" },
    { "HR Business Partner", "Human Resources" },
    { "Talent Acquisition Lead", "Human Resources" },
    { "Customer Success Manager", "Customer Service" },
    { "Product Manager", "Product" },
};

struct CitySrc
{
    const char *city;
    const char *state;
};

struct CountrySrc
{
    const char *country;
    const char *phonePrefix; // e.g. "+1"
    int phoneDigits; // national digits after the prefix
    int postalKind; // 0 = 5 digits, 1 = UK, 2 = Canada, 3 = JP "123-4567", 4 = BR "12345-678",
                    // 5 = 4 digits, 6 = PL "12-345", 7 = IE eircode
    CitySrc cities[4];
    const char *streets[4];
};

constexpr CountrySrc kCountries[] = {
    { "United States", "+1", 10, 0,
        { { "Boston", "MA" }, { "Austin", "TX" }, { "Seattle", "WA" }, { "Chicago", "IL" } },
        { "Main Street", "Market Street", "Oak Avenue", "Congress Avenue" } },
    { "United States", "+1", 10, 0,
        { { "New York", "NY" }, { "San Francisco", "CA" }, { "Atlanta", "GA" },
            { "Denver", "CO" } },
        { "Broadway", "Mission Street", "Peachtree Road", "Larimer Street" } },
    { "United Kingdom", "+44", 10, 1,
        { { "London", "" }, { "Manchester", "" }, { "Edinburgh", "" }, { "Bristol", "" } },
        { "High Street", "Station Road", "Deansgate", "Princes Street" } },
    { "Germany", "+49", 10, 0,
        { { "Berlin", "BE" }, { "München", "BY" }, { "Hamburg", "HH" }, { "Köln", "NW" } },
        { "Friedrichstraße", "Leopoldstraße", "Mönckebergstraße", "Hohe Straße" } },
    { "France", "+33", 9, 0,
        { { "Paris", "" }, { "Lyon", "" }, { "Toulouse", "" }, { "Nantes", "" } },
        { "Rue de Rivoli", "Rue de la République", "Avenue Jean Jaurès", "Boulevard Haussmann" } },
    { "Poland", "+48", 9, 6,
        { { "Kraków", "Małopolskie" }, { "Warszawa", "Mazowieckie" }, { "Gdańsk", "Pomorskie" },
            { "Wrocław", "Dolnośląskie" } },
        { "ul. Floriańska", "ul. Marszałkowska", "ul. Długa", "ul. Świdnicka" } },
    { "Spain", "+34", 9, 0,
        { { "Madrid", "Madrid" }, { "Barcelona", "Cataluña" }, { "Valencia", "Valencia" },
            { "Sevilla", "Andalucía" } },
        { "Calle Mayor", "Passeig de Gràcia", "Calle de Colón", "Avenida de la Constitución" } },
    { "Ireland", "+353", 9, 7,
        { { "Dublin", "" }, { "Cork", "" }, { "Galway", "" }, { "Limerick", "" } },
        { "Grafton Street", "Patrick Street", "Shop Street", "O'Connell Street" } },
    { "Japan", "+81", 10, 3,
        { { "東京", "東京都" }, { "Osaka", "Osaka" }, { "Yokohama", "Kanagawa" },
            { "Kyoto", "Kyoto" } },
        { "1-2-3 Marunouchi", "Midosuji", "Minato Mirai", "Shijo-dori" } },
    { "Brazil", "+55", 11, 4,
        { { "São Paulo", "SP" }, { "Rio de Janeiro", "RJ" }, { "Belo Horizonte", "MG" },
            { "Curitiba", "PR" } },
        { "Avenida Paulista", "Rua Augusta", "Avenida Atlântica", "Rua XV de Novembro" } },
    { "Canada", "+1", 10, 2,
        { { "Toronto", "ON" }, { "Vancouver", "BC" }, { "Montréal", "QC" }, { "Calgary", "AB" } },
        { "King Street West", "Granville Street", "Rue Sainte-Catherine", "Stephen Avenue" } },
    { "Switzerland", "+41", 9, 5,
        { { "Zürich", "ZH" }, { "Genève", "GE" }, { "Basel", "BS" }, { "Bern", "BE" } },
        { "Bahnhofstrasse", "Rue du Rhône", "Freie Strasse", "Marktgasse" } },
};

constexpr const char *kLeadSources[] = { "Webinar", "Website", "Trade Show", "Partner Referral",
    "LinkedIn", "Newsletter", "Cold Call", "Webinar" };

constexpr const char *kPartnerRefs[] = { "linkedin", "newsletter", "partner-acme", "website",
    "email-invite", "partner-globex", "twitter", "linkedin", "newsletter" };

constexpr const char *kWebinarTopics[] = {
    "Data Quality in Practice",
    "Marketing Automation 101",
    "From MQL to Revenue",
    "Scoring Leads That Sales Trusts",
    "GDPR for Marketers",
    "Building a Webinar Program",
    "Account-Based Marketing Deep Dive",
    "CRM Hygiene: Duplicates and Decay",
    "Attribution Without Tears",
    "The 2027 Demand Gen Playbook",
    "Email Deliverability Clinic",
    "Customer Stories: Scaling Events",
};

struct Tables
{
    struct Name
    {
        QString display;
        QString ascii;
    };
    struct Company
    {
        QString name;
        QString domain;
        QString industry;
        QString size;
    };
    struct Title
    {
        QString title;
        QString function;
    };
    struct Country
    {
        QString country;
        QString phonePrefix;
        int phoneDigits;
        int postalKind;
        QString cities[4];
        QString states[4];
        QString streets[4];
    };
    QList<Name> first;
    QList<Name> last;
    QStringList middle;
    QList<Company> companies;
    QList<Title> titles;
    QList<Country> countries;
    QStringList leadSources;
    QStringList partnerRefs;
    QStringList topics;
};

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

const Tables &tables()
{
    static const Tables built = [] {
        Tables t;
        for (const NameSrc &n : kFirstNames)
            t.first.append({ u8(n.display), u8(n.ascii) });
        for (const NameSrc &n : kLastNames)
            t.last.append({ u8(n.display), u8(n.ascii) });
        for (const char *m : kMiddleNames)
            t.middle.append(u8(m));
        for (const CompanySrc &c : kCompanies)
            t.companies.append(
                { u8(c.name), u8(c.domain), u8(c.industry), u8(kCompanySizes[c.sizeBucket]) });
        for (const TitleSrc &ti : kTitles)
            t.titles.append({ u8(ti.title), u8(ti.function) });
        for (const CountrySrc &c : kCountries) {
            Tables::Country tc;
            tc.country = u8(c.country);
            tc.phonePrefix = u8(c.phonePrefix);
            tc.phoneDigits = c.phoneDigits;
            tc.postalKind = c.postalKind;
            for (int i = 0; i < 4; ++i) {
                tc.cities[i] = u8(c.cities[i].city);
                tc.states[i] = u8(c.cities[i].state);
                tc.streets[i] = u8(c.streets[i]);
            }
            t.countries.append(tc);
        }
        for (const char *s : kLeadSources)
            t.leadSources.append(u8(s));
        for (const char *s : kPartnerRefs)
            t.partnerRefs.append(u8(s));
        for (const char *s : kWebinarTopics)
            t.topics.append(u8(s));
        return t;
    }();
    return built;
}

/// A small uniform source of "random" numbers: either QRandomGenerator (the
/// world generator) or a splitmix64 stream (syntheticPerson, where seeding a
/// Mersenne Twister per call would cost more than the whole person).
class SplitMix
{
public:
    explicit SplitMix(quint64 state)
        : m_state(state)
    { }
    quint32 generate()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return quint32((z ^ (z >> 31)) >> 32);
    }
    int bounded(int lowest, int highest) // [lowest, highest)
    {
        return lowest + int((quint64(generate()) * quint64(highest - lowest)) >> 32);
    }
    int bounded(int highest) { return bounded(0, highest); }
    double generateDouble() { return generate() / 4294967296.0; }

private:
    quint64 m_state;
};

class Rng
{
public:
    explicit Rng(quint32 seed)
        : m_gen(seed)
    { }
    int bounded(int lowest, int highest) { return m_gen.bounded(lowest, highest); }
    int bounded(int highest) { return m_gen.bounded(highest); }
    double generateDouble() { return m_gen.generateDouble(); }
    bool chance(double p) { return m_gen.generateDouble() < p; }

private:
    QRandomGenerator m_gen;
};

QString digits(auto &rng, int n)
{
    QString s(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        s[i] = QChar(u'0' + rng.bounded(10));
    // A national number never starts with 0 after the country prefix.
    if (n > 0 && s.at(0) == u'0')
        s[0] = u'5';
    return s;
}

QString letter(auto &rng)
{
    return QString(QChar(u'A' + rng.bounded(26)));
}

QString phoneFor(auto &rng, const Tables::Country &c)
{
    const QString d = digits(rng, c.phoneDigits);
    if (c.phonePrefix == u"+1") // NANP: +1 (617) 555-0123
        return c.phonePrefix + u" (" + d.left(3) + u") " + d.mid(3, 3) + u'-' + d.mid(6);
    return c.phonePrefix + u' ' + d.left(3) + u' ' + d.mid(3, 3) + u' ' + d.mid(6);
}

QString postalFor(auto &rng, const Tables::Country &c)
{
    switch (c.postalKind) {
    case 1: // UK: "SW1A 2AA"-like
        return letter(rng) + letter(rng) + QString::number(rng.bounded(1, 20)) + u' '
            + QString::number(rng.bounded(1, 10)) + letter(rng) + letter(rng);
    case 2: // Canada: "M5V 2T6"
        return letter(rng) + QString::number(rng.bounded(10)) + letter(rng) + u' '
            + QString::number(rng.bounded(10)) + letter(rng) + QString::number(rng.bounded(10));
    case 3:
        return digits(rng, 3) + u'-' + digits(rng, 4);
    case 4:
        return digits(rng, 5) + u'-' + digits(rng, 3);
    case 5:
        return digits(rng, 4);
    case 6:
        return digits(rng, 2) + u'-' + digits(rng, 3);
    case 7: // Eircode "D02 X285"
        return letter(rng) + digits(rng, 2) + u' ' + letter(rng) + digits(rng, 3);
    default:
        return digits(rng, 5);
    }
}

/// Act-On behaviour scores: most people are cold, a few are hot.
int skewedScore(double u)
{
    return std::clamp(int(std::floor(101.0 * std::pow(u, 2.2))), 0, 100);
}

/// Fills the demographic fields of @p p (everything but email and roles).
template<typename R>
void fillPerson(
    DemoPerson &p, R &rng, const Tables &t, int *firstIdx, int *lastIdx, int *companyIdx)
{
    *firstIdx = rng.bounded(int(t.first.size()));
    *lastIdx = rng.bounded(int(t.last.size()));
    *companyIdx = rng.bounded(int(t.companies.size()));
    const Tables::Company &co = t.companies.at(*companyIdx);
    const Tables::Title &ti = t.titles.at(rng.bounded(int(t.titles.size())));
    const Tables::Country &ct = t.countries.at(rng.bounded(int(t.countries.size())));
    const int city = rng.bounded(4);

    p.firstName = t.first.at(*firstIdx).display;
    p.lastName = t.last.at(*lastIdx).display;
    if (rng.bounded(10) == 0)
        p.middleName = t.middle.at(rng.bounded(int(t.middle.size())));
    p.phone = phoneFor(rng, ct);
    p.company = co.name;
    p.title = ti.title;
    p.jobFunction = ti.function;
    p.companySize = co.size;
    p.industry = co.industry;
    p.street1 = QString::number(rng.bounded(1, 400)) + u' ' + ct.streets[rng.bounded(4)];
    if (rng.bounded(5) == 0)
        p.street2
            = (rng.bounded(2) ? u"Suite "_s : u"Floor "_s) + QString::number(rng.bounded(1, 40));
    p.city = ct.cities[city];
    p.state = ct.states[city];
    p.postalCode = postalFor(rng, ct);
    p.country = ct.country;
    p.leadSource = t.leadSources.at(rng.bounded(int(t.leadSources.size())));
    p.score = skewedScore(rng.generateDouble());
}

const QDateTime &referenceUtc()
{
    static const QDateTime ref(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    return ref;
}

QDateTime secsBefore(const QDateTime &t, qint64 secs)
{
    return t.addSecs(-secs);
}

} // namespace

QDateTime DemoDataset::referenceTime()
{
    return referenceUtc();
}

void DemoDataset::shiftTimes(qint64 seconds)
{
    if (seconds == 0)
        return;
    auto shift = [seconds](QDateTime &t) {
        if (t.isValid())
            t = t.addSecs(seconds);
    };
    for (DemoPerson &p : people) {
        shift(p.createdAt);
        shift(p.modifiedAt);
    }
    for (DemoOn24Client &c : on24Clients) {
        for (DemoEvent &e : c.events) {
            shift(e.start);
            shift(e.end);
            for (DemoRegistration &r : e.registrations) {
                shift(r.registeredAt);
                shift(r.attendedAt);
            }
        }
    }
}

DemoDataset DemoDataset::generate(quint32 seed, int size)
{
    const Tables &t = tables();
    Rng rng(seed);
    DemoDataset d;
    d.seed = seed;
    d.size = std::max(1, size);
    const QDateTime &ref = referenceUtc();

    // --- People ----------------------------------------------------------
    d.people.reserve(d.size);
    QSet<QString> emails;
    emails.reserve(d.size);
    for (int i = 0; i < d.size; ++i) {
        DemoPerson p;
        p.index = i;
        int fi = 0, li = 0, ci = 0;
        fillPerson(p, rng, t, &fi, &li, &ci);
        const QString base = t.first.at(fi).ascii + u'.' + t.last.at(li).ascii;
        const QString domain = t.companies.at(ci).domain;
        QString email = base + u'@' + domain;
        for (int n = 2; emails.contains(email); ++n)
            email = base + QString::number(n) + u'@' + domain;
        emails.insert(email);
        p.email = email;

        const double role = rng.generateDouble();
        p.salesforceRole = role < 0.40 ? DemoCrmRole::Lead
            : role < 0.70              ? DemoCrmRole::Contact
                                       : DemoCrmRole::None;
        p.inPipeliner = rng.chance(0.35);
        p.optedOut = rng.chance(0.03);
        p.hardBounced = rng.chance(0.02);
        p.createdAt = secsBefore(ref, rng.bounded(3600, 730 * 86400));
        const qint64 age = p.createdAt.secsTo(ref);
        p.modifiedAt = p.createdAt.addSecs(qint64(rng.generateDouble() * double(age)));
        d.people.append(std::move(p));
    }

    // --- Dirty rows, a handful of each kind at distinct indexes -------------
    // Index 0 stays clean so there is always one well-formed person to look up.
    if (d.size >= 20) {
        const int perKind = std::clamp(d.size / 100, 1, 5);
        QList<int> pool;
        pool.reserve(d.size - 1);
        for (int i = 1; i < d.size; ++i)
            pool.append(i);
        auto take = [&]() {
            const int k = rng.bounded(int(pool.size()));
            const int idx = pool.at(k);
            pool.swapItemsAt(k, pool.size() - 1);
            pool.removeLast();
            return idx;
        };
        for (int k = 0; k < perKind && pool.size() > 6; ++k) {
            d.people[take()].email.clear();
            // Same mailbox, different case: "Zoe.Miller@Acme-Analytics.com" vs the original.
            const int orig = take();
            const int dup = take();
            QString upper = d.people.at(orig).email;
            upper[0] = upper.at(0).toUpper();
            const qsizetype at = upper.indexOf(u'@');
            if (at > 0 && at + 1 < upper.size())
                upper[at + 1] = upper.at(at + 1).toUpper();
            d.people[dup].email = upper;
            DemoPerson &longCo = d.people[take()];
            longCo.company = longCo.company + u' '
                + u"International Holdings and Subsidiaries "_s.repeated(8).trimmed();
            DemoPerson &longTitle = d.people[take()];
            longTitle.title = longTitle.title + u", "
                + u"Global Head of Strategic Marketing Operations and "_s.repeated(3)
                + u"Everything Else";
            DemoPerson &spaced = d.people[take()];
            spaced.email = u"  "_s + spaced.email + u' ';
        }
    }

    // --- Users (sales reps) ---------------------------------------------------
    {
        const int userCount = rng.bounded(4, 7);
        QSet<QString> seen;
        while (d.users.size() < userCount) {
            const auto &f = t.first.at(rng.bounded(int(t.first.size())));
            const auto &l = t.last.at(rng.bounded(int(t.last.size())));
            const QString email = f.ascii + u'.' + l.ascii + u"@leadbridge-demo.com";
            if (seen.contains(email))
                continue;
            seen.insert(email);
            d.users.append({ f.display, l.display, email });
        }
    }

    // --- ON24 clients and webinars ------------------------------------------
    const QList<std::pair<qint64, QString>> clients = {
        { 41750, u"LeadBridge Demo (NA)"_s },
        { 41751, u"LeadBridge Demo (EU)"_s },
    };
    qint64 nextEventId = 4100000 + rng.bounded(0, 90000) * 10;
    for (const auto &[clientId, clientName] : clients) {
        DemoOn24Client client;
        client.clientId = clientId;
        client.name = clientName;
        const int pastCount = rng.bounded(6, 11);
        const int total = pastCount + 2;
        for (int e = 0; e < total; ++e) {
            DemoEvent ev;
            ev.eventId = nextEventId;
            nextEventId += rng.bounded(7, 400);
            const QString &topic = t.topics.at(rng.bounded(int(t.topics.size())));
            ev.title = topic + (clientId == 41751 ? u" (EMEA)"_s : QString());
            ev.description = u"A live session on "_s + topic.toLower()
                + u", with Q&A, polls and downloadable resources."_s;
            ev.campaignCode = u"WBN-"_s + QString::number(clientId) + u'-'
                + QString::number(e + 1).rightJustified(2, u'0');
            const bool upcoming = e >= pastCount;
            qint64 offsetDays;
            if (upcoming)
                offsetDays = -(7 + 14 * (e - pastCount) + rng.bounded(0, 7)); // in the future
            else
                offsetDays = 3 + (150 * (pastCount - 1 - e)) / std::max(1, pastCount - 1)
                    + rng.bounded(0, 4);
            const int hour = clientId == 41751 ? rng.bounded(8, 14) : rng.bounded(15, 20);
            ev.start = ref.addDays(-offsetDays).addSecs(hour * 3600);
            ev.end = ev.start.addSecs(60 * (rng.bounded(0, 2) ? 60 : 45));

            const double share = 0.05 + 0.55 * rng.generateDouble();
            for (int i = 0; i < d.size; ++i) {
                if (!rng.chance(share))
                    continue;
                const DemoPerson &p = d.people.at(i);
                if (p.email.trimmed().isEmpty()) // ON24 requires an email to register
                    continue;
                DemoRegistration r;
                r.personIndex = i;
                r.partnerRef = t.partnerRefs.at(rng.bounded(int(t.partnerRefs.size())));
                qint64 before = rng.bounded(600, 30 * 86400);
                QDateTime regAt = ev.start.addSecs(-before);
                if (regAt > ref) // upcoming events: registrations happened before today
                    regAt = ref.addSecs(-rng.bounded(600, 10 * 86400));
                r.registeredAt = regAt;
                if (!upcoming && rng.chance(0.55)) {
                    r.attended = true;
                    r.attendedLive = rng.chance(0.7);
                    const int duration = int(ev.start.secsTo(ev.end) / 60);
                    if (r.attendedLive) {
                        r.attendedAt = ev.start.addSecs(rng.bounded(0, 600));
                        r.liveMinutes = rng.bounded(5, duration + 1);
                        if (rng.chance(0.15))
                            r.archiveMinutes = rng.bounded(1, 30);
                    } else {
                        r.attendedAt = ev.end.addSecs(rng.bounded(3600, 20 * 86400));
                        if (r.attendedAt > ref)
                            r.attendedAt = ref.addSecs(-rng.bounded(60, 3600));
                        r.archiveMinutes = rng.bounded(3, duration + 1);
                    }
                    const int minutes = r.liveMinutes + r.archiveMinutes;
                    r.engagementScore = std::round(std::min(10.0,
                                                       minutes / double(duration) * 6.0
                                                           + rng.generateDouble() * 4.0)
                                            * 10.0)
                        / 10.0;
                    r.pollResponses = rng.bounded(0, 5);
                    r.questionsAsked = rng.chance(0.3) ? rng.bounded(1, 4) : 0;
                    r.surveysSubmitted = rng.chance(0.25) ? 1 : 0;
                    r.resourcesViewed = rng.bounded(0, 6);
                }
                ev.registrations.append(r);
            }
            client.events.append(std::move(ev));
        }
        d.on24Clients.append(std::move(client));
    }

    // --- Act-On lists (overlapping membership) ---------------------------------
    struct ListSpec
    {
        QString name;
        QString folder;
        double share;
    };
    const QList<ListSpec> listSpecs = {
        { u"Q3 Webinar — Data Quality"_s, u"41750"_s, 0.25 },
        { u"Newsletter subscribers"_s, u"Marketing"_s, 0.45 },
        { u"Trade show Berlin 2026"_s, u"Events"_s, 0.15 },
        { u"Hot prospects"_s, u"Sales"_s, 0.0 }, // filled by score below
        { u"Partner referrals — Acme"_s, u"Partners"_s, 0.10 },
    };
    const int listCount = rng.bounded(3, 6);
    for (int l = 0; l < listCount; ++l) {
        DemoList list;
        list.name = listSpecs.at(l).name;
        list.folder = listSpecs.at(l).folder;
        for (int i = 0; i < d.size; ++i) {
            const DemoPerson &p = d.people.at(i);
            if (p.email.trimmed().isEmpty())
                continue;
            const bool member
                = listSpecs.at(l).share > 0 ? rng.chance(listSpecs.at(l).share) : p.score >= 60;
            if (member)
                list.members.append(i);
        }
        d.actOnLists.append(std::move(list));
    }

    // --- Salesforce campaigns -----------------------------------------------------
    const QList<std::pair<QString, QString>> campaignSpecs = {
        { u"Webinar Series FY27"_s, u"In Progress"_s },
        { u"Trade show Berlin 2026 follow-up"_s, u"Planned"_s },
        { u"Spring Newsletter Promo"_s, u"Completed"_s },
    };
    const int campaignCount = rng.bounded(2, 4);
    for (int c = 0; c < campaignCount; ++c) {
        DemoCampaign campaign;
        campaign.name = campaignSpecs.at(c).first;
        campaign.status = campaignSpecs.at(c).second;
        for (int i = 0; i < d.size; ++i) {
            if (d.people.at(i).salesforceRole != DemoCrmRole::None && rng.chance(0.2))
                campaign.members.append(i);
        }
        d.campaigns.append(std::move(campaign));
    }
    return d;
}

DemoPerson DemoDataset::syntheticPerson(quint32 seed, int index)
{
    const Tables &t = tables();
    SplitMix rng((quint64(seed) << 32) ^ quint64(quint32(index)) ^ 0x5DEECE66DULL);
    DemoPerson p;
    p.index = index;
    int fi = 0, li = 0, ci = 0;
    fillPerson(p, rng, t, &fi, &li, &ci);
    // The index makes the address unique; everything is lower-case ASCII.
    p.email = t.first.at(fi).ascii + u'.' + t.last.at(li).ascii + u'.' + QString::number(index)
        + u'@' + t.companies.at(ci).domain;
    const int role = rng.bounded(10);
    p.salesforceRole = role < 4 ? DemoCrmRole::Lead
        : role < 7              ? DemoCrmRole::Contact
                                : DemoCrmRole::None;
    p.inPipeliner = rng.bounded(100) < 35;
    const QDateTime &ref = referenceUtc();
    p.createdAt = ref.addSecs(-rng.bounded(3600, 730 * 86400));
    p.modifiedAt = p.createdAt.addSecs(qint64(rng.generateDouble() * p.createdAt.secsTo(ref)));
    return p;
}

} // namespace LeadBridge::Sandbox
