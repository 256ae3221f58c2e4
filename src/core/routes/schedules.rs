//! Schedules: the client's methods for agent and workflow schedules and their triggers.

use super::*;

/// The schedules group.
pub const GROUP: Group = Group {
    name: "schedules",
    resources: &[],
    routes: &[
        route("MastraClient", "listSchedules", &["params?: ListSchedulesParams"], "ListSchedulesResponse")
            .get("/schedules")
            .prepare("schedulesOptionalParams")
            .query(&[
                q("agentId", "params.agentId", Enc::Str),
                q("workflowId", "params.workflowId", Enc::Str),
                q("status", "params.status", Enc::Str),
                q("threadId", "params.threadId", Enc::Str),
                q("resourceId", "params.resourceId", Enc::Str),
                q("name", "params.name", Enc::Str),
            ])
            .doc("Lists agent and workflow schedules, optionally filtered."),
        route("MastraClient", "getSchedule", &["scheduleId: string"], "ScheduleResponse")
            .get("/schedules/{scheduleId}")
            .doc("A schedule by id."),
        route("MastraClient", "createSchedule", &["options: CreateScheduleInput"], "ScheduleResponse")
            .post("/schedules")
            .whole("options")
            .doc("Creates an agent schedule (`agentId` + `prompt`) or a workflow schedule (`workflowId`)."),
        route("MastraClient", "updateSchedule", &["scheduleId: string", "patch: UpdateScheduleInput"], "ScheduleResponse")
            .patch("/schedules/{scheduleId}")
            .whole("patch")
            .doc("Changes some fields of a schedule."),
        route("MastraClient", "deleteSchedule", &["scheduleId: string"], "{ message: string }")
            .delete("/schedules/{scheduleId}")
            .doc("Deletes a schedule."),
        route("MastraClient", "runSchedule", &["scheduleId: string"], "RunScheduleResponse")
            .post("/schedules/{scheduleId}/run")
            .doc("Fires a schedule now, without moving its next fire time."),
        route("MastraClient", "listScheduleTriggers", &["scheduleId: string", "params?: ListScheduleTriggersParams"], "ListScheduleTriggersResponse")
            .get("/schedules/{scheduleId}/triggers")
            .prepare("schedulesOptionalSecond")
            .query(&[
                q("limit", "params.limit", Enc::Num),
                q("fromActualFireAt", "params.fromActualFireAt", Enc::Num),
                q("toActualFireAt", "params.toActualFireAt", Enc::Num),
            ])
            .doc("The fire history of a schedule, latest first."),
        route("MastraClient", "pauseSchedule", &["scheduleId: string"], "ScheduleResponse")
            .post("/schedules/{scheduleId}/pause")
            .doc("Pauses a schedule (pausing a paused one changes nothing)."),
        route("MastraClient", "resumeSchedule", &["scheduleId: string"], "ScheduleResponse")
            .post("/schedules/{scheduleId}/resume")
            .doc("Resumes a paused schedule from now, without firing missed times."),
    ],
    prepares: &[],
};
