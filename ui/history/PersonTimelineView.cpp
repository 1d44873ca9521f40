#include "ui/history/PersonTimelineView.h"

#include "core/engine/PersonKey.h"
#include "core/model/RunWords.h"
#include "core/store/Journal.h"
#include "core/store/PersonTimeline.h"
#include "core/store/PersonTimelineLoader.h"
#include "ui/history/PersonTimelineModel.h"
#include "ui/history/TableClipboard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace LeadBridge {

PersonTimelineView::PersonTimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("personTimeline"));
    m_loader = new PersonTimelineLoader(this);
    m_model = new PersonTimelineModel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("personHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_heading->setFont(big);
    m_back = new QPushButton(tr("&Back to runs"), this);
    m_back->setObjectName(QStringLiteral("personBackButton"));
    m_back->setToolTip(tr("Return to the list of runs (Esc)"));
    top->addWidget(m_heading, 1);
    top->addWidget(m_back);
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("personSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_linksTitle = new QLabel(tr("Linked records now:"), this);
    QFont bold = m_linksTitle->font();
    bold.setBold(true);
    m_linksTitle->setFont(bold);
    m_links = new QLabel(this);
    m_links->setObjectName(QStringLiteral("personLinks"));
    m_links->setTextFormat(Qt::PlainText);
    m_links->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_links->setIndent(12);
    layout->addWidget(m_linksTitle);
    layout->addWidget(m_links);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("personTable"));
    m_table->setAccessibleName(tr("Changes to this person, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<std::pair<int, int>> widths = { { PersonTimelineModel::WhenColumn, 150 },
        { PersonTimelineModel::RunColumn, 40 }, { PersonTimelineModel::FlowColumn, 210 },
        { PersonTimelineModel::SystemColumn, 76 }, { PersonTimelineModel::RecordColumn, 180 },
        { PersonTimelineModel::OperationColumn, 68 }, { PersonTimelineModel::FieldColumn, 110 },
        { PersonTimelineModel::OldValueColumn, 110 },
        { PersonTimelineModel::NewValueColumn, 130 } };
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    TableClipboard::install(m_table);
    layout->addWidget(m_table, 1);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &PersonTimelineView::backRequested);
    connect(m_back, &QPushButton::clicked, this, &PersonTimelineView::backRequested);
    connect(m_loader, &PersonTimelineLoader::finished, this,
        [this](quint64, bool ok, const PersonHistory &history, const QString &message) {
            showAnswer(ok, history, message);
        });
    m_linksTitle->hide();
    m_links->hide();
}

PersonTimelineView::~PersonTimelineView() = default;

void PersonTimelineView::setJournal(Journal *journal)
{
    m_journal = journal;
}

QString PersonTimelineView::inputProblem(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return tr("Type the e-mail address of the person to find, for example "
                  "ada@example.com.");
    if (!PersonKey::isValidEmail(t))
        return tr("“%1” is not an e-mail address. Type the person's whole address, for "
                  "example ada@example.com.")
            .arg(t.left(100));
    return {};
}

bool PersonTimelineView::find(const QString &email)
{
    if (!inputProblem(email).isEmpty() || !m_journal || !m_journal->isOpen())
        return false;
    m_searching = PersonTimeline::normaliseEmail(email);
    m_history = PersonHistory();
    m_model->clear();
    m_heading->setText(m_searching);
    m_summary->setText(tr("Looking up every change to %1…").arg(m_searching));
    m_linksTitle->hide();
    m_links->hide();
    m_loader->start(m_journal->path(), m_searching, PersonTimeline::kDefaultLimit);
    return true;
}

bool PersonTimelineView::reload()
{
    if (m_searching.isEmpty() || isLoading())
        return false;
    return find(m_searching);
}

bool PersonTimelineView::isLoading() const
{
    return m_loader->isRunning();
}

QString PersonTimelineView::headingText() const
{
    return m_heading->text();
}

QString PersonTimelineView::summaryText() const
{
    return m_summary->text();
}

QString PersonTimelineView::linksText() const
{
    return m_links->isHidden() ? QString() : m_links->text();
}

void PersonTimelineView::showAnswer(bool ok, const PersonHistory &history, const QString &message)
{
    if (!ok) {
        m_history = PersonHistory();
        m_model->clear();
        m_summary->setText(message);
        Q_EMIT loaded();
        return;
    }
    m_history = history;
    m_model->setHistory(history);
    QString heading = history.email;
    if (history.addresses.size() > 1)
        heading += QLatin1Char(' ')
            + tr("(also recorded as %1)")
                  .arg(history.addresses.mid(1).join(QStringLiteral(", ")));
    m_heading->setText(heading);

    QStringList lines;
    for (const PersonLink &l : history.links) {
        const QString id = l.crmType.isEmpty()
            ? l.id
            : tr("%1 (%2)").arg(l.id, l.crmType == QStringLiteral("lead") ? tr("lead")
                                                                         : tr("contact"));
        lines.append(tr("%1: %2, in “%3”").arg(RunWords::system(l.system), id, l.flowName));
    }
    m_links->setText(lines.join(QLatin1Char('\n')));
    m_linksTitle->setVisible(!lines.isEmpty());
    m_links->setVisible(!lines.isEmpty());

    if (history.changes.isEmpty()) {
        m_summary->setText(tr("No changes recorded for %1.").arg(history.email));
    } else {
        QSet<qint64> flows;
        QSet<qint64> runs;
        for (const PersonChange &c : history.changes) {
            flows.insert(c.flowId);
            runs.insert(c.change.runId);
        }
        QString summary = tr("%1 in %2 of %3, newest first.")
                              .arg(tr("%n changes", nullptr, int(history.changes.size())),
                                  tr("%n runs", nullptr, int(runs.size())),
                                  tr("%n flows", nullptr, int(flows.size())));
        if (history.truncated)
            summary += QLatin1Char(' ')
                + tr("Older changes are not shown; open their runs in the run list to see "
                     "them.");
        m_summary->setText(summary);
        m_table->selectRow(0);
    }
    Q_EMIT loaded();
}

} // namespace LeadBridge
