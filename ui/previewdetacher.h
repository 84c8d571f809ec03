// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QSplitter;
class QWidget;
QT_END_NAMESPACE

namespace Copydesk {

class ActionRegistry;

/**
 * Where the outputs (the page preview and the raw outputs) are shown:
 * beside the editor in the window's splitter, hidden, or in a window of
 * their own for a second screen (View → Show Preview, F9; View → Detach
 * Preview, Shift+F9). Closing the detached window puts them back.
 */
class PreviewDetacher : public QObject
{
    Q_OBJECT

public:
    /// Makes the preview.show and preview.detach actions.
    PreviewDetacher(QWidget *outputs, QSplitter *splitter, ActionRegistry &actions,
                    QObject *parent = nullptr);
    ~PreviewDetacher() override;

    void setVisible(bool visible);
    void setDetached(bool detached);
    bool isDetached() const { return m_window != nullptr; }
    /// The detached window, while there is one.
    QWidget *window() const { return m_window; }
    /// The detached window's title follows the story's headline.
    void setTitle(const QString &headline);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_outputs;
    QSplitter *m_splitter;
    ActionRegistry &m_actions;
    QPointer<QWidget> m_window;
    QString m_headline;
};

} // namespace Copydesk
