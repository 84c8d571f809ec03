// SPDX-License-Identifier: MIT
#include "previewdetacher.h"

#include "actionregistry.h"

#include <QAction>
#include <QEvent>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

PreviewDetacher::PreviewDetacher(QWidget *outputs, QSplitter *splitter, ActionRegistry &actions,
                                 QObject *parent)
    : QObject(parent)
    , m_outputs(outputs)
    , m_splitter(splitter)
    , m_actions(actions)
{
    QAction *show = actions.add(u"preview.show"_s, tr("Show &Preview"),
                                tr("Show or hide the story as readers will see it"), {},
                                QKeySequence(Qt::Key_F9));
    show->setCheckable(true);
    show->setChecked(true);
    connect(show, &QAction::toggled, this, &PreviewDetacher::setVisible);

    QAction *detach = actions.add(u"preview.detach"_s, tr("&Detach Preview"),
                                  tr("Show the preview in a window of its own, for a second screen"),
                                  {}, QKeySequence(Qt::SHIFT | Qt::Key_F9));
    detach->setCheckable(true);
    connect(detach, &QAction::toggled, this, &PreviewDetacher::setDetached);
}

PreviewDetacher::~PreviewDetacher()
{
    if (m_window) {
        m_window->removeEventFilter(this);
        delete m_window;
    }
}

void PreviewDetacher::setVisible(bool visible)
{
    if (m_window)
        m_window->setVisible(visible);
    else
        m_outputs->setVisible(visible);
}

void PreviewDetacher::setTitle(const QString &headline)
{
    m_headline = headline;
    if (m_window)
        m_window->setWindowTitle(tr("Preview — %1").arg(headline));
}

void PreviewDetacher::setDetached(bool detached)
{
    if (detached == (m_window != nullptr))
        return;
    if (detached) {
        m_window = new QWidget(nullptr, Qt::Window);
        m_window->setObjectName(u"previewWindow"_s);
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        auto *layout = new QVBoxLayout(m_window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_outputs);
        m_window->installEventFilter(this);
        m_window->resize(720, 900);
        m_outputs->show();
        m_window->show();
        m_actions.action(u"preview.show"_s)->setChecked(true);
        setTitle(m_headline);
    } else {
        QWidget *window = m_window;
        m_window = nullptr;
        window->removeEventFilter(this);
        m_splitter->addWidget(m_outputs);
        m_outputs->setVisible(m_actions.action(u"preview.show"_s)->isChecked());
        window->deleteLater();
    }
    QSignalBlocker blocker(m_actions.action(u"preview.detach"_s));
    m_actions.action(u"preview.detach"_s)->setChecked(detached);
}

bool PreviewDetacher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        // Closing the detached window puts the preview back beside the editor.
        setDetached(false);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Copydesk
