#pragma once

#include "core/model/PersonHistory.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace LeadBridge {

class Journal;
class PersonTimelineLoader;
class PersonTimelineModel;

/// One person across systems (History → Find a person…): the address searched for, the
/// record each flow links the person to in each system, and every recorded change to the
/// person, newest first. The search runs on a worker thread (PersonTimelineLoader); the
/// view says it is looking, then shows the timeline, "No changes recorded for …", or the
/// journal's sentence. Escape or "Back to runs" asks to return to the run list.
class PersonTimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit PersonTimelineView(QWidget *parent = nullptr);
    ~PersonTimelineView() override;

    /// Searches the journal at @p journal's path (not owned).
    void setJournal(Journal *journal);

    /// Why @p text cannot be searched for (a plain sentence), or empty when it is an e-mail
    /// address.
    static QString inputProblem(const QString &text);

    /// Starts the search for @p email; false (nothing started) when inputProblem() says why.
    bool find(const QString &email);
    /// Searches again for the person on show (a run ended meanwhile); false when nobody is
    /// on show or a search is running.
    bool reload();
    /// Whether a search is running.
    bool isLoading() const;
    /// The person on show (empty before the first answer).
    const PersonHistory &history() const { return m_history; }

    QString headingText() const;
    QString summaryText() const;
    /// The linked records, one line per system and flow.
    QString linksText() const;
    QTableView *table() const { return m_table; }
    PersonTimelineModel *model() const { return m_model; }
    QPushButton *backButton() const { return m_back; }

Q_SIGNALS:
    /// The person asked to go back to the run list.
    void backRequested();
    /// A search ended and its answer is on show.
    void loaded();

private:
    void showAnswer(bool ok, const PersonHistory &history, const QString &message);

    Journal *m_journal = nullptr;
    PersonTimelineLoader *m_loader = nullptr;
    PersonTimelineModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_linksTitle = nullptr;
    QLabel *m_links = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_back = nullptr;
    PersonHistory m_history;
    QString m_searching;
};

} // namespace LeadBridge
