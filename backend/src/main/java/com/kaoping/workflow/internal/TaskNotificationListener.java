package com.kaoping.workflow.internal;

import com.kaoping.notification.Notifications;
import com.kaoping.notification.Notifications.Kind;
import com.kaoping.web.Text;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/** On task creation: tells the task's candidate groups that there is work for them. */
@Component("taskNotificationListener")
class TaskNotificationListener implements TaskListener {

    private final Notifications notifications;
    private final NotificationMessages messages;

    TaskNotificationListener(Notifications notifications, NotificationMessages messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Text message = messages.of("notification.assigned", task.getTaskDefinitionKey(), task);
        Long assessmentId = Variables.assessmentIdOrNull(task);
        task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .distinct()
                .forEach(group -> notifications.toGroup(group, Kind.ASSIGNED, message, assessmentId, task.getId()));
    }
}
