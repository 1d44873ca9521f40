#include "core/sandbox/salesforce/SoqlQuery.h"

#include "core/sandbox/salesforce/SalesforceWire.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace LeadBridge::Sandbox {

using SalesforceWire::parseDateTimeMs;

namespace {

struct Token
{
    enum Kind { Ident, String, Number, DateLit, DateTimeLit, Op, LParen, RParen, Comma, End };
    Kind kind = End;
    QString text;
    int column = 1; // 1-based, for error messages
};

struct Literal
{
    enum Kind { Null, Str, Num, Bool, Range, Date };
    Kind kind = Null;
    QString s; // Str (as written), Date (yyyy-MM-dd)
    double n = 0;
    bool b = false;
    qint64 lo = 0; // Range: [lo, hi) in ms
    qint64 hi = 0;
    QString loDate; // Range as dates for date fields
    QString hiDate;
};

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u':';
}

QString likeLower(const QString &s)
{
    return s.toLower();
}

// SQL LIKE with % and _ (both already lower-cased).
bool likeMatch(QStringView text, QStringView pat)
{
    qsizetype t = 0, p = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pat.size() && (pat[p] == u'_' || pat[p] == text[t])) {
            ++t;
            ++p;
        } else if (p < pat.size() && pat[p] == u'%') {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pat.size() && pat[p] == u'%')
        ++p;
    return p == pat.size();
}

QString typeWord(const SfField &f)
{
    switch (f.type) {
    case SfType::Boolean:
        return u"boolean"_s;
    case SfType::Int:
    case SfType::Double:
    case SfType::Currency:
        return u"double"_s;
    case SfType::Date:
        return u"date"_s;
    case SfType::DateTime:
        return u"dateTime"_s;
    case SfType::Id:
    case SfType::Reference:
        return u"id"_s;
    default:
        return u"string"_s;
    }
}

} // namespace

struct SoqlQuery::Node
{
    enum Kind { And, Or, Not, Cmp };
    Kind kind = Cmp;
    std::unique_ptr<Node> a;
    std::unique_ptr<Node> b;
    int field = -1;
    QString op; // = != < > <= >= LIKE IN NOTIN
    Literal lit;
    QList<Literal> list;
    QSet<QString> textSet;
};

SoqlQuery::~SoqlQuery() = default;

/// Recursive-descent parser for the supported SOQL subset.
class SoqlParser
{
public:
    SoqlParser(const QString &soql, qint64 nowMs)
        : m_src(soql)
        , m_now(nowMs)
    { }

    std::unique_ptr<SoqlQuery> run(QString *code, QString *message)
    {
        if (!tokenize()) {
            *code = m_code;
            *message = m_message;
            return nullptr;
        }
        std::unique_ptr<SoqlQuery> q(new SoqlQuery);
        if (!parseQuery(*q)) {
            *code = m_code;
            *message = m_message;
            return nullptr;
        }
        return q;
    }

private:
    bool fail(const QString &code, const QString &message)
    {
        if (m_code.isEmpty()) {
            m_code = code;
            m_message = message;
        }
        return false;
    }
    bool unexpected()
    {
        const Token &t = peek();
        const QString what = t.kind == Token::End ? u"<EOF>"_s : t.text;
        return fail(u"MALFORMED_QUERY"_s, u"unexpected token: '"_s + what + u"'"_s);
    }
    bool fieldError(const Token &at, const QString &field)
    {
        return fail(u"INVALID_FIELD"_s,
            u"\n"_s + m_src + u"\n"_s + QString(at.column - 1, u' ')
                + u"^\nERROR at Row:1:Column:"_s + QString::number(at.column)
                + u"\nNo such column '"_s + field + u"' on entity '"_s + m_objName
                + u"'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names."_s);
    }

    bool tokenize()
    {
        const QString &s = m_src;
        qsizetype i = 0;
        while (i < s.size()) {
            const QChar c = s.at(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token t;
            t.column = int(i) + 1;
            if (c == u'\'') {
                QString v;
                ++i;
                bool closed = false;
                while (i < s.size()) {
                    const QChar d = s.at(i);
                    if (d == u'\\' && i + 1 < s.size()) {
                        const QChar e = s.at(i + 1);
                        if (e == u'n')
                            v.append(u'\n');
                        else if (e == u't')
                            v.append(u'\t');
                        else if (e == u'%' || e == u'_')
                            v.append(u'\\').append(e);
                        else
                            v.append(e);
                        i += 2;
                        continue;
                    }
                    if (d == u'\'') {
                        closed = true;
                        ++i;
                        break;
                    }
                    v.append(d);
                    ++i;
                }
                if (!closed)
                    return fail(u"MALFORMED_QUERY"_s,
                        u"line 1:"_s + QString::number(t.column)
                            + u" mismatched character '<EOF>' expecting '''"_s);
                t.kind = Token::String;
                t.text = v;
            } else if (c == u'(' || c == u')' || c == u',') {
                t.kind = c == u'(' ? Token::LParen : c == u')' ? Token::RParen : Token::Comma;
                t.text = c;
                ++i;
            } else if (c == u'=' || c == u'<' || c == u'>' || c == u'!') {
                QString op(c);
                ++i;
                if (i < s.size() && (s.at(i) == u'=' || (c == u'<' && s.at(i) == u'>'))) {
                    op.append(s.at(i));
                    ++i;
                }
                if (op == u"!")
                    return fail(u"MALFORMED_QUERY"_s, u"unexpected token: '!'"_s);
                if (op == u"<>")
                    op = u"!="_s;
                t.kind = Token::Op;
                t.text = op;
            } else if (c.isDigit()
                || ((c == u'-' || c == u'+') && i + 1 < s.size() && s.at(i + 1).isDigit())) {
                qsizetype j = i + 1;
                while (j < s.size()
                    && (s.at(j).isLetterOrNumber() || s.at(j) == u':' || s.at(j) == u'.'
                        || s.at(j) == u'-' || s.at(j) == u'+'))
                    ++j;
                t.text = s.mid(i, j - i);
                i = j;
                static const QRegularExpression dateRe(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
                static const QRegularExpression dtRe(u"^\\d{4}-\\d{2}-\\d{2}T"_s);
                bool ok = false;
                if (dateRe.match(t.text).hasMatch()) {
                    t.kind = Token::DateLit;
                } else if (dtRe.match(t.text).hasMatch()) {
                    t.kind = Token::DateTimeLit;
                } else {
                    t.text.toDouble(&ok);
                    if (!ok)
                        return fail(
                            u"MALFORMED_QUERY"_s, u"unexpected token: '"_s + t.text + u"'"_s);
                    t.kind = Token::Number;
                }
            } else if (c.isLetter() || c == u'_') {
                qsizetype j = i;
                while (j < s.size() && isIdentChar(s.at(j)))
                    ++j;
                t.kind = Token::Ident;
                t.text = s.mid(i, j - i);
                i = j;
            } else {
                return fail(u"MALFORMED_QUERY"_s, u"unexpected token: '"_s + QString(c) + u"'"_s);
            }
            m_tokens.append(t);
        }
        Token end;
        end.column = int(s.size()) + 1;
        m_tokens.append(end);
        return true;
    }

    const Token &peek(int ahead = 0) const
    {
        return m_tokens.at(qMin<qsizetype>(m_pos + ahead, m_tokens.size() - 1));
    }
    Token next() { return m_tokens.at(qMin<qsizetype>(m_pos++, m_tokens.size() - 1)); }
    bool isKw(const char *kw, int ahead = 0) const
    {
        const Token &t = peek(ahead);
        return t.kind == Token::Ident
            && t.text.compare(QLatin1String(kw), Qt::CaseInsensitive) == 0;
    }
    bool acceptKw(const char *kw)
    {
        if (!isKw(kw))
            return false;
        ++m_pos;
        return true;
    }

    struct RawSelect
    {
        Token tok;
        bool count = false;
        Token countArg;
        bool hasCountArg = false;
        QString alias;
        QString fieldsMacro;
    };

    bool parseQuery(SoqlQuery &q)
    {
        if (!acceptKw("SELECT"))
            return unexpected();
        QList<RawSelect> raw;
        do {
            RawSelect r;
            if (isKw("COUNT") && peek(1).kind == Token::LParen) {
                m_pos += 2;
                r.count = true;
                if (peek().kind == Token::Ident) {
                    r.countArg = next();
                    r.hasCountArg = true;
                }
                if (next().kind != Token::RParen)
                    return --m_pos, unexpected();
                if (peek().kind == Token::Ident && !isKw("FROM"))
                    r.alias = next().text;
            } else if (isKw("FIELDS") && peek(1).kind == Token::LParen) {
                m_pos += 2;
                if (peek().kind != Token::Ident)
                    return unexpected();
                r.fieldsMacro = next().text.toUpper();
                if (next().kind != Token::RParen)
                    return --m_pos, unexpected();
            } else if (peek().kind == Token::Ident && !isKw("FROM")) {
                r.tok = next();
            } else {
                return unexpected();
            }
            raw.append(r);
        } while (peek().kind == Token::Comma && (++m_pos, true));
        if (!acceptKw("FROM"))
            return unexpected();
        if (peek().kind != Token::Ident)
            return unexpected();
        const Token objTok = next();
        m_objName = objTok.text;
        q.m_object = SalesforceSchema::find(objTok.text);
        if (!q.m_object) {
            return fail(u"INVALID_TYPE"_s,
                u"\n"_s + m_src + u"\n"_s + QString(objTok.column - 1, u' ')
                    + u"^\nERROR at Row:1:Column:"_s + QString::number(objTok.column)
                    + u"\nsObject type '"_s + objTok.text
                    + u"' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names."_s);
        }
        m_objName = q.m_object->name;
        if (!resolveSelect(q, raw))
            return false;
        if (acceptKw("WHERE")) {
            q.m_where = parseOr(*q.m_object);
            if (!q.m_where)
                return false;
        }
        if (acceptKw("ORDER")) {
            if (!acceptKw("BY"))
                return unexpected();
            do {
                if (peek().kind != Token::Ident)
                    return unexpected();
                const Token ft = next();
                const int fi = q.m_object->fieldIndex(ft.text);
                if (fi < 0)
                    return fieldError(ft, ft.text);
                SoqlQuery::Order o;
                o.field = fi;
                if (acceptKw("DESC"))
                    o.desc = true;
                else
                    acceptKw("ASC");
                o.nullsFirst = !o.desc;
                if (acceptKw("NULLS")) {
                    if (acceptKw("FIRST"))
                        o.nullsFirst = true;
                    else if (acceptKw("LAST"))
                        o.nullsFirst = false;
                    else
                        return unexpected();
                }
                q.m_order.append(o);
            } while (peek().kind == Token::Comma && (++m_pos, true));
        }
        if (acceptKw("LIMIT")) {
            if (peek().kind != Token::Number)
                return unexpected();
            q.m_limit = next().text.toLongLong();
        }
        if (acceptKw("OFFSET")) {
            if (peek().kind != Token::Number)
                return unexpected();
            q.m_offset = next().text.toLongLong();
            if (q.m_offset > 2000)
                return fail(
                    u"NUMBER_OUTSIDE_VALID_RANGE"_s, u"Maximum SOQL offset allowed is 2000"_s);
        }
        if (peek().kind != Token::End)
            return unexpected();
        return true;
    }

    bool resolveSelect(SoqlQuery &q, const QList<RawSelect> &raw)
    {
        const SfObject &obj = *q.m_object;
        QSet<QString> seen;
        int exprIndex = 0;
        for (const RawSelect &r : raw) {
            if (r.count) {
                if (raw.size() > 1 && !r.hasCountArg)
                    return fail(u"MALFORMED_QUERY"_s,
                        u"COUNT() and a field list cannot be selected together"_s);
                SoqlSelectItem it;
                it.count = true;
                if (r.hasCountArg) {
                    it.field = obj.fieldIndex(r.countArg.text);
                    if (it.field < 0)
                        return fieldError(r.countArg, r.countArg.text);
                    it.alias
                        = r.alias.isEmpty() ? u"expr"_s + QString::number(exprIndex++) : r.alias;
                    q.m_aggregate = true;
                } else {
                    q.m_countOnly = true;
                }
                q.m_select.append(it);
                continue;
            }
            if (!r.fieldsMacro.isEmpty()) {
                for (int i = 0; i < obj.fields.size(); ++i) {
                    const SfField &f = obj.fields.at(i);
                    const bool want = r.fieldsMacro == u"ALL"
                        || (r.fieldsMacro == u"CUSTOM" && f.custom)
                        || (r.fieldsMacro == u"STANDARD" && !f.custom);
                    if (!want)
                        continue;
                    if (seen.contains(f.name.toLower()))
                        continue;
                    seen.insert(f.name.toLower());
                    SoqlSelectItem it;
                    it.field = i;
                    q.m_select.append(it);
                }
                if (r.fieldsMacro != u"ALL" && r.fieldsMacro != u"CUSTOM"
                    && r.fieldsMacro != u"STANDARD")
                    return fail(
                        u"MALFORMED_QUERY"_s, u"unexpected token: '"_s + r.fieldsMacro + u"'"_s);
                continue;
            }
            const QString path = r.tok.text;
            if (seen.contains(path.toLower()))
                return fail(u"MALFORMED_QUERY"_s, u"duplicate field selected: "_s + path);
            seen.insert(path.toLower());
            SoqlSelectItem it;
            const qsizetype dot = path.indexOf(u'.');
            if (dot < 0) {
                it.field = obj.fieldIndex(path);
                if (it.field < 0)
                    return fieldError(r.tok, path);
            } else {
                const QString rel = path.left(dot);
                const QString rest = path.mid(dot + 1);
                for (int i = 0; i < obj.fields.size(); ++i) {
                    if (obj.fields.at(i).relationshipName.compare(rel, Qt::CaseInsensitive) == 0) {
                        it.viaRef = i;
                        it.relationship = obj.fields.at(i).relationshipName;
                        it.target = SalesforceSchema::find(obj.fields.at(i).referenceTo);
                        break;
                    }
                }
                if (it.viaRef < 0 || !it.target)
                    return fail(u"INVALID_FIELD"_s,
                        u"Didn't understand relationship '"_s + rel
                            + u"' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names."_s);
                it.field = it.target->fieldIndex(rest);
                if (it.field < 0 || rest.contains(u'.')) {
                    m_objName = it.target->name;
                    fieldError(r.tok, rest);
                    return false;
                }
            }
            q.m_select.append(it);
        }
        if (q.m_countOnly && q.m_aggregate)
            return fail(
                u"MALFORMED_QUERY"_s, u"COUNT() cannot be combined with other aggregates"_s);
        if (q.m_aggregate) {
            for (const SoqlSelectItem &it : std::as_const(q.m_select)) {
                if (!it.count)
                    return fail(u"MALFORMED_QUERY"_s,
                        u"Field must be grouped or aggregated: "_s + obj.fields.at(it.field).name);
            }
        }
        return true;
    }

    std::unique_ptr<SoqlQuery::Node> parseOr(const SfObject &obj)
    {
        auto left = parseAnd(obj);
        while (left && acceptKw("OR")) {
            auto right = parseAnd(obj);
            if (!right)
                return nullptr;
            auto n = std::make_unique<SoqlQuery::Node>();
            n->kind = SoqlQuery::Node::Or;
            n->a = std::move(left);
            n->b = std::move(right);
            left = std::move(n);
        }
        return left;
    }

    std::unique_ptr<SoqlQuery::Node> parseAnd(const SfObject &obj)
    {
        auto left = parseNot(obj);
        while (left && acceptKw("AND")) {
            auto right = parseNot(obj);
            if (!right)
                return nullptr;
            auto n = std::make_unique<SoqlQuery::Node>();
            n->kind = SoqlQuery::Node::And;
            n->a = std::move(left);
            n->b = std::move(right);
            left = std::move(n);
        }
        return left;
    }

    std::unique_ptr<SoqlQuery::Node> parseNot(const SfObject &obj)
    {
        if (acceptKw("NOT")) {
            auto inner = parseNot(obj);
            if (!inner)
                return nullptr;
            auto n = std::make_unique<SoqlQuery::Node>();
            n->kind = SoqlQuery::Node::Not;
            n->a = std::move(inner);
            return n;
        }
        if (peek().kind == Token::LParen) {
            ++m_pos;
            auto inner = parseOr(obj);
            if (!inner)
                return nullptr;
            if (peek().kind != Token::RParen) {
                unexpected();
                return nullptr;
            }
            ++m_pos;
            return inner;
        }
        return parseCmp(obj);
    }

    bool dateRange(const QString &fn, Literal *lit)
    {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_now, QTimeZone::utc());
        const QDate today = now.date();
        QDate lo;
        QDate hi; // exclusive
        const QString up = fn.toUpper();
        const qsizetype colon = up.indexOf(u':');
        const QString name = colon < 0 ? up : up.left(colon);
        bool okN = true;
        const int n = colon < 0 ? 0 : up.mid(colon + 1).toInt(&okN);
        if (!okN)
            return false;
        if (name == u"TODAY") {
            lo = today;
            hi = today.addDays(1);
        } else if (name == u"YESTERDAY") {
            lo = today.addDays(-1);
            hi = today;
        } else if (name == u"TOMORROW") {
            lo = today.addDays(1);
            hi = today.addDays(2);
        } else if (name == u"LAST_N_DAYS" && colon > 0) {
            lo = today.addDays(-n);
            hi = today.addDays(1);
        } else if (name == u"NEXT_N_DAYS" && colon > 0) {
            lo = today.addDays(1);
            hi = today.addDays(n + 1);
        } else if (name == u"N_DAYS_AGO" && colon > 0) {
            lo = today.addDays(-n);
            hi = lo.addDays(1);
        } else if (name == u"THIS_MONTH") {
            lo = QDate(today.year(), today.month(), 1);
            hi = lo.addMonths(1);
        } else if (name == u"LAST_MONTH") {
            hi = QDate(today.year(), today.month(), 1);
            lo = hi.addMonths(-1);
        } else if (name == u"THIS_YEAR") {
            lo = QDate(today.year(), 1, 1);
            hi = lo.addYears(1);
        } else if (name == u"LAST_YEAR") {
            hi = QDate(today.year(), 1, 1);
            lo = hi.addYears(-1);
        } else {
            return false;
        }
        lit->kind = Literal::Range;
        lit->lo = QDateTime(lo, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        lit->hi = QDateTime(hi, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        lit->loDate = lo.toString(Qt::ISODate);
        lit->hiDate = hi.toString(Qt::ISODate);
        return true;
    }

    bool parseLiteral(Literal *lit)
    {
        const Token t = next();
        switch (t.kind) {
        case Token::String:
            lit->kind = Literal::Str;
            lit->s = t.text;
            return true;
        case Token::Number:
            lit->kind = Literal::Num;
            lit->n = t.text.toDouble();
            lit->s = t.text;
            return true;
        case Token::DateLit: {
            const QDate d = QDate::fromString(t.text, Qt::ISODate);
            if (!d.isValid())
                return fail(u"MALFORMED_QUERY"_s,
                    u"line 1:"_s + QString::number(t.column)
                        + u" no viable alternative at character ' '"_s);
            lit->kind = Literal::Date;
            lit->s = t.text;
            lit->lo = QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
            lit->hi = lit->lo + 86400000;
            lit->loDate = t.text;
            lit->hiDate = d.addDays(1).toString(Qt::ISODate);
            return true;
        }
        case Token::DateTimeLit: {
            bool ok = false;
            const qint64 ms = parseDateTimeMs(t.text, &ok);
            if (!ok)
                return fail(u"INVALID_FIELD"_s,
                    u"value of filter criterion is not a valid dateTime: "_s + t.text);
            lit->kind = Literal::Range;
            lit->lo = ms;
            lit->hi = ms + 1;
            const QDate d = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
            lit->loDate = d.toString(Qt::ISODate);
            lit->hiDate = d.addDays(1).toString(Qt::ISODate);
            return true;
        }
        case Token::Ident:
            if (t.text.compare(u"null"_s, Qt::CaseInsensitive) == 0) {
                lit->kind = Literal::Null;
                return true;
            }
            if (t.text.compare(u"true"_s, Qt::CaseInsensitive) == 0
                || t.text.compare(u"false"_s, Qt::CaseInsensitive) == 0) {
                lit->kind = Literal::Bool;
                lit->b = t.text.compare(u"true"_s, Qt::CaseInsensitive) == 0;
                return true;
            }
            if (dateRange(t.text, lit))
                return true;
            --m_pos;
            return unexpected();
        default:
            --m_pos;
            return unexpected();
        }
    }

    bool checkType(const SfField &f, const Literal &lit)
    {
        if (lit.kind == Literal::Null)
            return true;
        bool ok = true;
        switch (f.type) {
        case SfType::Boolean:
            ok = lit.kind == Literal::Bool;
            break;
        case SfType::Int:
        case SfType::Double:
        case SfType::Currency:
            ok = lit.kind == Literal::Num;
            break;
        case SfType::Date:
        case SfType::DateTime:
            ok = lit.kind == Literal::Range || lit.kind == Literal::Date;
            break;
        default:
            ok = lit.kind == Literal::Str;
            break;
        }
        if (ok)
            return true;
        const bool quoted = f.isText() && f.type != SfType::Date && f.type != SfType::DateTime;
        return fail(u"INVALID_FIELD"_s,
            u"value of filter criterion for field '"_s + f.name + u"' must be of type "_s
                + typeWord(f)
                + (quoted ? u" and should be enclosed in quotes"_s
                          : u" and should not be enclosed in quotes"_s));
    }

    std::unique_ptr<SoqlQuery::Node> parseCmp(const SfObject &obj)
    {
        if (peek().kind != Token::Ident) {
            unexpected();
            return nullptr;
        }
        const Token ft = next();
        auto n = std::make_unique<SoqlQuery::Node>();
        n->kind = SoqlQuery::Node::Cmp;
        n->field = obj.fieldIndex(ft.text);
        if (n->field < 0) {
            fieldError(ft, ft.text);
            return nullptr;
        }
        const SfField &f = obj.fields.at(n->field);
        bool negate = false;
        if (acceptKw("NOT")) {
            negate = true;
            if (!isKw("IN") && !isKw("LIKE")) {
                unexpected();
                return nullptr;
            }
        }
        if (acceptKw("IN")) {
            n->op = negate ? u"NOTIN"_s : u"IN"_s;
            if (peek().kind != Token::LParen) {
                unexpected();
                return nullptr;
            }
            ++m_pos;
            do {
                Literal lit;
                if (!parseLiteral(&lit) || !checkType(f, lit))
                    return nullptr;
                if (lit.kind == Literal::Str)
                    n->textSet.insert(lit.s.toLower());
                n->list.append(lit);
            } while (peek().kind == Token::Comma && (++m_pos, true));
            if (peek().kind != Token::RParen) {
                unexpected();
                return nullptr;
            }
            ++m_pos;
            return n;
        }
        if (acceptKw("LIKE")) {
            Literal lit;
            if (!parseLiteral(&lit))
                return nullptr;
            if (lit.kind != Literal::Str || !f.isText() || f.type == SfType::Date
                || f.type == SfType::DateTime) {
                fail(u"INVALID_FIELD"_s,
                    u"invalid operator on "_s + typeWord(f) + u" field: "_s + f.name);
                return nullptr;
            }
            n->op = u"LIKE"_s;
            lit.s = likeLower(lit.s);
            n->lit = lit;
            if (negate) {
                auto wrap = std::make_unique<SoqlQuery::Node>();
                wrap->kind = SoqlQuery::Node::Not;
                wrap->a = std::move(n);
                return wrap;
            }
            return n;
        }
        if (negate || peek().kind != Token::Op) {
            unexpected();
            return nullptr;
        }
        n->op = next().text;
        if (!parseLiteral(&n->lit) || !checkType(f, n->lit))
            return nullptr;
        if (n->lit.kind == Literal::Null && n->op != u"=" && n->op != u"!=") {
            fail(u"MALFORMED_QUERY"_s, u"invalid operator on null: "_s + n->op);
            return nullptr;
        }
        if (n->lit.kind == Literal::Bool && n->op != u"=" && n->op != u"!=") {
            fail(u"INVALID_FIELD"_s, u"invalid operator on boolean field: "_s + f.name);
            return nullptr;
        }
        if (n->lit.kind == Literal::Str)
            n->lit.s = n->lit.s.toLower();
        return n;
    }

    QString m_src;
    qint64 m_now;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    QString m_code;
    QString m_message;
    QString m_objName;
};

std::unique_ptr<SoqlQuery> SoqlQuery::parse(
    const QString &soql, QString *errorCode, QString *message, qint64 nowMs)
{
    SoqlParser parser(soql, nowMs);
    return parser.run(errorCode, message);
}

QString SoqlQuery::fieldText(
    const SObjectTable &table, int row, const SfField &field, const ComputedFn &computed)
{
    const SfRecord &r = table.record(row);
    auto iso = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
            .toString(u"yyyy-MM-ddTHH:mm:ss.zzz+0000"_s);
    };
    switch (field.storage) {
    case SfStorage::Id:
        return table.idOf(row);
    case SfStorage::IsDeleted:
        return r.deleted ? u"true"_s : u"false"_s;
    case SfStorage::CreatedDate:
        return iso(r.created);
    case SfStorage::LastModifiedDate:
    case SfStorage::SystemModstamp:
        return iso(r.modified);
    case SfStorage::Computed:
        return computed ? computed(table, row, field) : QString();
    case SfStorage::Data:
        return table.text(row, field.slot);
    }
    return {};
}

namespace {

struct Evaluator
{
    const SObjectTable &table;
    const SoqlQuery::ComputedFn &computed;

    bool rangeCmp(const QString &op, qint64 v, qint64 lo, qint64 hi) const
    {
        if (op == u"=")
            return v >= lo && v < hi;
        if (op == u"!=")
            return v < lo || v >= hi;
        if (op == u"<")
            return v < lo;
        if (op == u"<=")
            return v < hi;
        if (op == u">")
            return v >= hi;
        if (op == u">=")
            return v >= lo;
        return false;
    }
    template<typename T>
    bool plainCmp(const QString &op, const T &a, const T &b) const
    {
        if (op == u"=")
            return a == b;
        if (op == u"!=")
            return !(a == b);
        if (op == u"<")
            return a < b;
        if (op == u"<=")
            return a < b || a == b;
        if (op == u">")
            return b < a;
        if (op == u">=")
            return b < a || a == b;
        return false;
    }

    bool eval(const SoqlQuery::Node &n, int row) const
    {
        switch (n.kind) {
        case SoqlQuery::Node::And:
            return eval(*n.a, row) && eval(*n.b, row);
        case SoqlQuery::Node::Or:
            return eval(*n.a, row) || eval(*n.b, row);
        case SoqlQuery::Node::Not:
            return !eval(*n.a, row);
        case SoqlQuery::Node::Cmp:
            break;
        }
        const SfField &f = table.def().fields.at(n.field);
        const bool isIn = n.op == u"IN" || n.op == u"NOTIN";
        const bool wantIn = n.op == u"IN";

        if (f.type == SfType::DateTime) {
            qint64 ms = 0;
            bool null = false;
            const SfRecord &r = table.record(row);
            if (f.storage == SfStorage::CreatedDate) {
                ms = r.created;
            } else if (f.storage == SfStorage::LastModifiedDate
                || f.storage == SfStorage::SystemModstamp) {
                ms = r.modified;
            } else {
                const QString t = SoqlQuery::fieldText(table, row, f, computed);
                bool ok = false;
                ms = parseDateTimeMs(t, &ok);
                null = !ok;
            }
            if (isIn) {
                bool any = false;
                for (const Literal &l : n.list)
                    any = any
                        || (l.kind == Literal::Null ? null : (!null && ms >= l.lo && ms < l.hi));
                return any == wantIn;
            }
            if (n.lit.kind == Literal::Null)
                return n.op == u"=" ? null : !null;
            if (null)
                return n.op == u"!=";
            return rangeCmp(n.op, ms, n.lit.lo, n.lit.hi);
        }

        const QString text = SoqlQuery::fieldText(table, row, f, computed);
        if (f.type == SfType::Boolean) {
            const bool v = text == u"true";
            if (isIn) {
                bool any = false;
                for (const Literal &l : n.list)
                    any = any || (l.kind == Literal::Bool && l.b == v);
                return any == wantIn;
            }
            if (n.lit.kind == Literal::Null)
                return n.op == u"!=";
            return n.op == u"=" ? v == n.lit.b : v != n.lit.b;
        }
        const bool null = text.isEmpty();
        if (isIn) {
            bool any = false;
            if (f.type == SfType::Int || f.type == SfType::Double || f.type == SfType::Currency) {
                const double v = text.toDouble();
                for (const Literal &l : n.list)
                    any = any || (l.kind == Literal::Null ? null : (!null && l.n == v));
            } else if (f.type == SfType::Date) {
                for (const Literal &l : n.list)
                    any = any
                        || (l.kind == Literal::Null
                                ? null
                                : (!null && text >= l.loDate && text < l.hiDate));
            } else {
                any = null ? std::any_of(n.list.begin(), n.list.end(),
                          [](const Literal &l) { return l.kind == Literal::Null; })
                           : n.textSet.contains(text.toLower());
            }
            return any == wantIn;
        }
        if (n.lit.kind == Literal::Null)
            return n.op == u"=" ? null : !null;
        if (null)
            return n.op == u"!=";
        if (f.type == SfType::Int || f.type == SfType::Double || f.type == SfType::Currency)
            return plainCmp(n.op, text.toDouble(), n.lit.n);
        if (f.type == SfType::Date) {
            if (n.op == u"=")
                return text >= n.lit.loDate && text < n.lit.hiDate;
            if (n.op == u"!=")
                return text < n.lit.loDate || text >= n.lit.hiDate;
            if (n.op == u"<")
                return text < n.lit.loDate;
            if (n.op == u"<=")
                return text < n.lit.hiDate;
            if (n.op == u">")
                return text >= n.lit.hiDate;
            return text >= n.lit.loDate;
        }
        const QString lower = text.toLower();
        if (n.op == u"LIKE")
            return likeMatch(lower, n.lit.s);
        return plainCmp(n.op, lower, n.lit.s);
    }
};

} // namespace

std::vector<int> SoqlQuery::execute(
    const SObjectTable &table, bool includeDeleted, const ComputedFn &computed) const
{
    std::vector<int> rows;
    const int count = table.rowCount();
    rows.reserve(size_t(includeDeleted ? count : table.liveCount()));
    Evaluator ev { table, computed };
    for (int row = 0; row < count; ++row) {
        if (!includeDeleted && table.record(row).deleted != 0)
            continue;
        if (m_where && !ev.eval(*m_where, row))
            continue;
        rows.push_back(row);
    }

    if (!m_order.isEmpty()
        && !(m_order.size() == 1
            && table.def().fields.at(m_order[0].field).storage == SfStorage::Id)) {
        struct Key
        {
            int kind = 0; // 0 int64, 1 double, 2 text
            std::vector<qint64> ints;
            std::vector<double> nums;
            std::vector<QString> strs;
            std::vector<char> nulls;
        };
        std::vector<Key> keys(size_t(m_order.size()));
        for (qsizetype k = 0; k < m_order.size(); ++k) {
            const SfField &f = table.def().fields.at(m_order[k].field);
            Key &key = keys[size_t(k)];
            key.nulls.resize(rows.size());
            if (f.storage == SfStorage::Id || f.storage == SfStorage::CreatedDate
                || f.storage == SfStorage::LastModifiedDate
                || f.storage == SfStorage::SystemModstamp) {
                key.kind = 0;
                key.ints.resize(rows.size());
                for (size_t i = 0; i < rows.size(); ++i) {
                    const SfRecord &r = table.record(rows[i]);
                    key.ints[i] = f.storage == SfStorage::Id  ? rows[i]
                        : f.storage == SfStorage::CreatedDate ? r.created
                                                              : r.modified;
                }
            } else if (f.type == SfType::Int || f.type == SfType::Double
                || f.type == SfType::Currency) {
                key.kind = 1;
                key.nums.resize(rows.size());
                for (size_t i = 0; i < rows.size(); ++i) {
                    const QString t = fieldText(table, rows[i], f, computed);
                    key.nulls[i] = t.isEmpty();
                    key.nums[i] = t.toDouble();
                }
            } else {
                key.kind = 2;
                key.strs.resize(rows.size());
                for (size_t i = 0; i < rows.size(); ++i) {
                    key.strs[i] = fieldText(table, rows[i], f, computed).toLower();
                    key.nulls[i] = key.strs[i].isEmpty();
                }
            }
        }
        std::vector<int> pos(rows.size());
        for (size_t i = 0; i < pos.size(); ++i)
            pos[i] = int(i);
        std::stable_sort(pos.begin(), pos.end(), [&](int a, int b) {
            for (qsizetype k = 0; k < m_order.size(); ++k) {
                const Key &key = keys[size_t(k)];
                const Order &o = m_order[k];
                const bool na = key.nulls[size_t(a)];
                const bool nb = key.nulls[size_t(b)];
                if (na != nb)
                    return o.nullsFirst ? na : nb;
                if (na)
                    continue;
                int c = 0;
                if (key.kind == 0)
                    c = key.ints[size_t(a)] < key.ints[size_t(b)]
                        ? -1
                        : key.ints[size_t(a)] > key.ints[size_t(b)];
                else if (key.kind == 1)
                    c = key.nums[size_t(a)] < key.nums[size_t(b)]
                        ? -1
                        : key.nums[size_t(a)] > key.nums[size_t(b)];
                else
                    c = key.strs[size_t(a)].compare(key.strs[size_t(b)]);
                if (c != 0)
                    return o.desc ? c > 0 : c < 0;
            }
            return false;
        });
        std::vector<int> sorted(rows.size());
        for (size_t i = 0; i < pos.size(); ++i)
            sorted[i] = rows[size_t(pos[i])];
        rows.swap(sorted);
    } else if (!m_order.isEmpty() && m_order[0].desc) {
        std::reverse(rows.begin(), rows.end());
    }

    if (m_offset > 0) {
        const size_t off = size_t(qMin<qint64>(m_offset, qint64(rows.size())));
        rows.erase(rows.begin(), rows.begin() + qsizetype(off));
    }
    if (m_limit >= 0 && size_t(m_limit) < rows.size())
        rows.resize(size_t(m_limit));
    return rows;
}

} // namespace LeadBridge::Sandbox
