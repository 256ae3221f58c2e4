'use strict'
// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.
// One class per resource, one method per route: a method hands its arguments to `run` with
// its route's index; the facade compiles the route at the method's first call.

/**
 * The makers of the classes, on the facade's base class `Base` (core, fields, members) and
 * dispatcher `run`: `makers.Agent()` makes the `Agent` class.
 */
module.exports = (Base, run) => {
  /** Methods every class has. */
  class Resource extends Base {
    request(path, options) { return run(this, 0, arguments) }
  }
  return {
    MastraClient: () =>
      class MastraClient extends Resource {
        constructor(options) {
          super(Base.client(options))
        }
        listAgents(requestContext, partial) { return run(this, 1, arguments) }
        listAgentsModelProviders() { return run(this, 2, arguments) }
        getAgent(agentId, version, routeOverrides) { return run(this, 3, arguments) }
        listWorkflows(requestContext, partial) { return run(this, 51, arguments) }
        listWorkflowRunCounts(requestContext) { return run(this, 52, arguments) }
        getWorkflow(workflowId) { return run(this, 53, arguments) }
        listDynamicWorkflows(params) { return run(this, 54, arguments) }
        upsertDynamicWorkflow(params) { return run(this, 55, arguments) }
        getDynamicWorkflow(dynamicWorkflowId) { return run(this, 56, arguments) }
        listTools(requestContext) { return run(this, 81, arguments) }
        getTool(toolId) { return run(this, 82, arguments) }
        listProcessors(requestContext) { return run(this, 85, arguments) }
        getProcessor(processorId) { return run(this, 86, arguments) }
        getMcpServers(params) { return run(this, 89, arguments) }
        getMcpServerDetails(serverId, params) { return run(this, 90, arguments) }
        getMcpServerTools(serverId) { return run(this, 91, arguments) }
        getMcpServerTool(serverId, toolId) { return run(this, 92, arguments) }
        getMcpServerResources(serverId) { return run(this, 93, arguments) }
        readMcpServerResource(serverId, uri) { return run(this, 94, arguments) }
        listToolProviders() { return run(this, 97, arguments) }
        getToolProvider(providerId) { return run(this, 98, arguments) }
        getProcessorProviders() { return run(this, 111, arguments) }
        getProcessorProvider(providerId) { return run(this, 112, arguments) }
        getAgentBuilderActions() { return run(this, 114, arguments) }
        getAgentBuilderAction(actionId) { return run(this, 115, arguments) }
        listAgentControllers() { return run(this, 130, arguments) }
        getAgentController(controllerId) { return run(this, 131, arguments) }
        listBackgroundTasks(params) { return run(this, 167, arguments) }
        getBackgroundTask(backgroundTaskId) { return run(this, 168, arguments) }
        streamBackgroundTasks(params) { return run(this, 169, arguments) }
        listMemoryThreads(params) { return run(this, 170, arguments) }
        getMemoryConfig(params) { return run(this, 171, arguments) }
        createMemoryThread(params) { return run(this, 172, arguments) }
        getMemoryThread(params) { return run(this, 173, arguments) }
        listThreadMessages(threadId, opts) { return run(this, 174, arguments) }
        deleteThread(threadId, opts) { return run(this, 176, arguments) }
        saveMessageToMemory(params) { return run(this, 178, arguments) }
        getMemoryStatus(agentId, requestContext, opts) { return run(this, 179, arguments) }
        getObservationalMemory(params) { return run(this, 180, arguments) }
        awaitBufferStatus(params) { return run(this, 181, arguments) }
        getWorkingMemory(params) { return run(this, 182, arguments) }
        searchMemory(params) { return run(this, 183, arguments) }
        updateWorkingMemory(params) { return run(this, 184, arguments) }
        listVectors() { return run(this, 192, arguments) }
        listEmbedders() { return run(this, 193, arguments) }
        getVector(vectorName) { return run(this, 194, arguments) }
        listLogs(params) { return run(this, 201, arguments) }
        getLogForRun(params) { return run(this, 202, arguments) }
        listLogTransports() { return run(this, 203, arguments) }
        listLogsVNext(params) { return run(this, 204, arguments) }
        getTrace(traceId) { return run(this, 249, arguments) }
        getTraceLight(traceId) { return run(this, 250, arguments) }
        getSpan(traceId, spanId) { return run(this, 251, arguments) }
        getTraceTrajectory(traceId) { return run(this, 252, arguments) }
        getTraces(params) { return run(this, 253, arguments) }
        listTraces(params) { return run(this, 254, arguments) }
        queryTraces(params) { return run(this, 255, arguments) }
        getTraceQueryFields(params, options) { return run(this, 256, arguments) }
        getTraceQueryValues(params, options) { return run(this, 257, arguments) }
        queryTraceThreads(params) { return run(this, 258, arguments) }
        listTracesLight(params) { return run(this, 259, arguments) }
        listBranches(params) { return run(this, 260, arguments) }
        getBranch(params) { return run(this, 261, arguments) }
        listScoresBySpan(params) { return run(this, 262, arguments) }
        deleteTraces(params) { return run(this, 263, arguments) }
        score(params) { return run(this, 264, arguments) }
        listScores(params) { return run(this, 265, arguments) }
        createScore(params) { return run(this, 266, arguments) }
        deleteScores(params) { return run(this, 267, arguments) }
        getScoreAggregate(params) { return run(this, 268, arguments) }
        getScoreBreakdown(params) { return run(this, 269, arguments) }
        getScoreTimeSeries(params) { return run(this, 270, arguments) }
        getScorePercentiles(params) { return run(this, 271, arguments) }
        listFeedback(params) { return run(this, 272, arguments) }
        createFeedback(params) { return run(this, 273, arguments) }
        deleteFeedback(params) { return run(this, 274, arguments) }
        updateFeedbackReviewStatus(params) { return run(this, 275, arguments) }
        getFeedbackAggregate(params) { return run(this, 276, arguments) }
        getFeedbackBreakdown(params) { return run(this, 277, arguments) }
        getFeedbackTimeSeries(params) { return run(this, 278, arguments) }
        getFeedbackPercentiles(params) { return run(this, 279, arguments) }
        getMetricAggregate(params) { return run(this, 280, arguments) }
        getMetricBreakdown(params) { return run(this, 281, arguments) }
        getMetricTimeSeries(params) { return run(this, 282, arguments) }
        getMetricPercentiles(params) { return run(this, 283, arguments) }
        getMetricNames(params) { return run(this, 284, arguments) }
        getMetricLabelKeys(params) { return run(this, 285, arguments) }
        getMetricLabelValues(params) { return run(this, 286, arguments) }
        getEntityTypes() { return run(this, 287, arguments) }
        getEntityNames(params) { return run(this, 288, arguments) }
        getServiceNames() { return run(this, 289, arguments) }
        getEnvironments() { return run(this, 290, arguments) }
        getTags(params) { return run(this, 291, arguments) }
        listScorers(requestContext) { return run(this, 292, arguments) }
        getScorer(scorerId) { return run(this, 293, arguments) }
        listScoresByScorerId(params) { return run(this, 294, arguments) }
        listScoresByRunId(params) { return run(this, 295, arguments) }
        listScoresByEntityId(params) { return run(this, 296, arguments) }
        saveScore(params) { return run(this, 297, arguments) }
        listDatasets(params) { return run(this, 298, arguments) }
        getDataset(datasetId, tenancy) { return run(this, 299, arguments) }
        createDataset(params) { return run(this, 300, arguments) }
        updateDataset(params) { return run(this, 301, arguments) }
        deleteDataset(datasetId, tenancy) { return run(this, 302, arguments) }
        listDatasetItems(datasetId, params) { return run(this, 303, arguments) }
        getDatasetItem(datasetId, itemId) { return run(this, 304, arguments) }
        addDatasetItem(params) { return run(this, 305, arguments) }
        updateDatasetItem(params) { return run(this, 306, arguments) }
        deleteDatasetItem(datasetId, itemId) { return run(this, 307, arguments) }
        purgeDatasetItem(datasetId, itemId, tenancy) { return run(this, 308, arguments) }
        batchInsertDatasetItems(params) { return run(this, 309, arguments) }
        batchDeleteDatasetItems(params) { return run(this, 310, arguments) }
        generateDatasetItems(params) { return run(this, 311, arguments) }
        clusterFailures(params) { return run(this, 312, arguments) }
        getItemHistory(datasetId, itemId) { return run(this, 313, arguments) }
        getDatasetItemVersion(datasetId, itemId, datasetVersion) { return run(this, 314, arguments) }
        listDatasetVersions(datasetId, pagination) { return run(this, 315, arguments) }
        listExperiments(params) { return run(this, 316, arguments) }
        getExperimentReviewSummary() { return run(this, 317, arguments) }
        listDatasetExperiments(datasetId, params) { return run(this, 318, arguments) }
        getDatasetExperiment(datasetId, experimentId) { return run(this, 319, arguments) }
        deleteDatasetExperiment(datasetId, experimentId, tenancy) { return run(this, 320, arguments) }
        deleteExperiment(experimentId, options) { return run(this, 321, arguments) }
        updateDatasetExperiment(params) { return run(this, 322, arguments) }
        listDatasetExperimentResults(datasetId, experimentId, options) { return run(this, 323, arguments) }
        updateDatasetExperimentResult(params) { return run(this, 324, arguments) }
        triggerDatasetExperiment(params) { return run(this, 325, arguments) }
        createDatasetExperiment(params) { return run(this, 326, arguments) }
        runExperimentItem(params) { return run(this, 327, arguments) }
        submitExperimentResult(params) { return run(this, 328, arguments) }
        finalizeExperiment(params) { return run(this, 329, arguments) }
        updateExperimentResult(params) { return run(this, 330, arguments) }
        compareExperiments(params) { return run(this, 331, arguments) }
        listSchedules(params) { return run(this, 332, arguments) }
        getSchedule(scheduleId) { return run(this, 333, arguments) }
        createSchedule(options) { return run(this, 334, arguments) }
        updateSchedule(scheduleId, patch) { return run(this, 335, arguments) }
        deleteSchedule(scheduleId) { return run(this, 336, arguments) }
        runSchedule(scheduleId) { return run(this, 337, arguments) }
        listScheduleTriggers(scheduleId, params) { return run(this, 338, arguments) }
        pauseSchedule(scheduleId) { return run(this, 339, arguments) }
        resumeSchedule(scheduleId) { return run(this, 340, arguments) }
        listStoredAgents(params) { return run(this, 341, arguments) }
        createStoredAgent(params) { return run(this, 342, arguments) }
        getStoredAgent(storedAgentId) { return run(this, 343, arguments) }
        listStoredPromptBlocks(params) { return run(this, 359, arguments) }
        createStoredPromptBlock(params) { return run(this, 360, arguments) }
        getStoredPromptBlock(storedPromptBlockId) { return run(this, 361, arguments) }
        listStoredScorers(params) { return run(this, 372, arguments) }
        createStoredScorer(params) { return run(this, 373, arguments) }
        getStoredScorer(storedScorerId) { return run(this, 374, arguments) }
        listStoredMCPClients(params) { return run(this, 385, arguments) }
        createStoredMCPClient(params) { return run(this, 386, arguments) }
        getStoredMCPClient(storedMCPClientId) { return run(this, 387, arguments) }
        listStoredSkills(params) { return run(this, 391, arguments) }
        createStoredSkill(params) { return run(this, 392, arguments) }
        getStoredSkill(storedSkillId) { return run(this, 393, arguments) }
        listStoredWorkspaces(params) { return run(this, 399, arguments) }
        getStoredWorkspace(id) { return run(this, 400, arguments) }
        listWorkspaces() { return run(this, 401, arguments) }
        getWorkspace(workspaceId) { return run(this, 402, arguments) }
        getA2A(agentId) { return run(this, 418, arguments) }
        getA2AV1(agentId) { return run(this, 419, arguments) }
        getSystemPackages() { return run(this, 457, arguments) }
        getPermissionPatterns() { return run(this, 458, arguments) }
        getWorkflowBuilderSettings() { return run(this, 459, arguments) }
        getBuilderSettings() { return run(this, 460, arguments) }
        getBuilderAvailableModels() { return run(this, 461, arguments) }
        getInfrastructureStatus() { return run(this, 462, arguments) }
        listBuilderRegistries() { return run(this, 463, arguments) }
        searchBuilderRegistry(registryId, params) { return run(this, 464, arguments) }
        getBuilderRegistryPopular(registryId, params) { return run(this, 465, arguments) }
        getBuilderRegistryPreview(registryId, params) { return run(this, 466, arguments) }
        installBuilderRegistrySkill(registryId, body) { return run(this, 467, arguments) }
      },
    Agent: () =>
      class Agent extends Resource {
        details(requestContext) { return run(this, 4, arguments) }
        readPlan(path, requestContext) { return run(this, 5, arguments) }
        getTool(toolId, requestContext) { return run(this, 6, arguments) }
        executeTool(toolId, params) { return run(this, 7, arguments) }
        enhanceInstructions(instructions, comment) { return run(this, 8, arguments) }
        browserSession(threadId) { return run(this, 9, arguments) }
        closeBrowser(threadId) { return run(this, 10, arguments) }
        clone(params) { return run(this, 11, arguments) }
        updateModel(params) { return run(this, 12, arguments) }
        resetModel() { return run(this, 13, arguments) }
        updateModelInModelList(params) { return run(this, 14, arguments) }
        reorderModelList(params) { return run(this, 15, arguments) }
        listVersions(params, requestContext) { return run(this, 16, arguments) }
        createVersion(params, requestContext) { return run(this, 17, arguments) }
        getVersion(versionId, requestContext) { return run(this, 18, arguments) }
        activateVersion(versionId, requestContext) { return run(this, 19, arguments) }
        restoreVersion(versionId, requestContext) { return run(this, 20, arguments) }
        deleteVersion(versionId, requestContext) { return run(this, 21, arguments) }
        compareVersions(fromId, toId, requestContext) { return run(this, 22, arguments) }
        generate(messages, options) { return run(this, 23, arguments) }
        stream(messages, options) { return run(this, 24, arguments) }
        streamUntilIdle(messages, options) { return run(this, 25, arguments) }
        resumeStream(resumeData, options) { return run(this, 26, arguments) }
        resumeStreamUntilIdle(resumeData, options) { return run(this, 27, arguments) }
        observe(params) { return run(this, 28, arguments) }
        recover(params) { return run(this, 29, arguments) }
        processStreamResponse(processedParams, controller, route, signal) { return run(this, 30, arguments) }
        approveToolCall(params) { return run(this, 31, arguments) }
        declineToolCall(params) { return run(this, 32, arguments) }
        approveToolCallGenerate(params) { return run(this, 33, arguments) }
        declineToolCallGenerate(params) { return run(this, 34, arguments) }
        sendToolApproval(params) { return run(this, 35, arguments) }
        listSuspendedRuns(params, requestContext) { return run(this, 36, arguments) }
        network(messages, params) { return run(this, 37, arguments) }
        approveNetworkToolCall(params) { return run(this, 38, arguments) }
        declineNetworkToolCall(params) { return run(this, 39, arguments) }
        sendMessage(params) { return run(this, 40, arguments) }
        queueMessage(params) { return run(this, 41, arguments) }
        sendSignal(params) { return run(this, 42, arguments) }
        subscribeToThread(params) { return run(this, 43, arguments) }
        abortThread(params) { return run(this, 44, arguments) }
        generateLegacy(params) { return run(this, 45, arguments) }
        streamLegacy(params) { return run(this, 46, arguments) }
      },
    AgentVoice: () =>
      class AgentVoice extends Resource {
        speak(text, options) { return run(this, 47, arguments) }
        listen(audio, options) { return run(this, 48, arguments) }
        getSpeakers(requestContext) { return run(this, 49, arguments) }
        getListener(requestContext) { return run(this, 50, arguments) }
      },
    Workflow: () =>
      class Workflow extends Resource {
        details(requestContext) { return run(this, 57, arguments) }
        runs(params, requestContext) { return run(this, 58, arguments) }
        runById(runId, options) { return run(this, 59, arguments) }
        deleteRunById(runId) { return run(this, 60, arguments) }
        getSchema() { return run(this, 61, arguments) }
        createRun(params) { return run(this, 62, arguments) }
      },
    Run: () =>
      class Run extends Resource {
        start(params) { return run(this, 63, arguments) }
        startAsync(params) { return run(this, 64, arguments) }
        stream(params) { return run(this, 65, arguments) }
        observe(params) { return run(this, 66, arguments) }
        observeStream() { return run(this, 67, arguments) }
        resume(params) { return run(this, 68, arguments) }
        resumeAsync(params) { return run(this, 69, arguments) }
        resumeNoWait(params) { return run(this, 70, arguments) }
        resumeStream(params) { return run(this, 71, arguments) }
        restart(params) { return run(this, 72, arguments) }
        restartAsync(params) { return run(this, 73, arguments) }
        timeTravel(params) { return run(this, 74, arguments) }
        timeTravelAsync(params) { return run(this, 75, arguments) }
        timeTravelStream(params) { return run(this, 76, arguments) }
        cancel() { return run(this, 77, arguments) }
        cancelRun() { return run(this, 78, arguments) }
      },
    DynamicWorkflow: () =>
      class DynamicWorkflow extends Resource {
        details() { return run(this, 79, arguments) }
        delete() { return run(this, 80, arguments) }
      },
    Tool: () =>
      class Tool extends Resource {
        details(requestContext) { return run(this, 83, arguments) }
        execute(params) { return run(this, 84, arguments) }
      },
    Processor: () =>
      class Processor extends Resource {
        details(requestContext) { return run(this, 87, arguments) }
        execute(params) { return run(this, 88, arguments) }
      },
    MCPTool: () =>
      class MCPTool extends Resource {
        details(requestContext) { return run(this, 95, arguments) }
        execute(params) { return run(this, 96, arguments) }
      },
    ToolProvider: () =>
      class ToolProvider extends Resource {
        listToolkits() { return run(this, 99, arguments) }
        listTools(params) { return run(this, 100, arguments) }
        getToolSchema(toolSlug) { return run(this, 101, arguments) }
        authorize(params) { return run(this, 102, arguments) }
        getAuthStatus(authId) { return run(this, 103, arguments) }
        getConnectionStatus(params) { return run(this, 104, arguments) }
        listConnections(params) { return run(this, 105, arguments) }
        listConnectionFields(params) { return run(this, 106, arguments) }
        disconnectConnection(connectionId, params) { return run(this, 107, arguments) }
        updateConnection(connectionId, params) { return run(this, 108, arguments) }
        getConnectionUsage(connectionId, params) { return run(this, 109, arguments) }
        getHealth() { return run(this, 110, arguments) }
      },
    ProcessorProvider: () =>
      class ProcessorProvider extends Resource {
        details() { return run(this, 113, arguments) }
      },
    AgentBuilder: () =>
      class AgentBuilder extends Resource {
        transformWorkflowResult(result) { return run(this, 116, arguments) }
        details() { return run(this, 117, arguments) }
        runs(params) { return run(this, 118, arguments) }
        runById(runId, options) { return run(this, 119, arguments) }
        createRun(params) { return run(this, 120, arguments) }
        startAsync(params, runId) { return run(this, 121, arguments) }
        startActionRun(params, runId) { return run(this, 122, arguments) }
        resume(params, runId) { return run(this, 123, arguments) }
        resumeAsync(params, runId) { return run(this, 124, arguments) }
        stream(params, runId) { return run(this, 125, arguments) }
        observeStream(params) { return run(this, 126, arguments) }
        observeStreamLegacy(params) { return run(this, 127, arguments) }
        resumeStream(params) { return run(this, 128, arguments) }
        cancelRun(runId) { return run(this, 129, arguments) }
      },
    AgentController: () =>
      class AgentController extends Resource {
        listModes() { return run(this, 132, arguments) }
        listModels() { return run(this, 133, arguments) }
        listActiveRuns() { return run(this, 134, arguments) }
        workspaceStatus() { return run(this, 135, arguments) }
        session(resourceId, scope) { return run(this, 136, arguments) }
      },
    AgentControllerSession: () =>
      class AgentControllerSession extends Resource {
        create(options) { return run(this, 137, arguments) }
        subscribe(options) { return run(this, 138, arguments) }
        sendMessage(message, options) { return run(this, 139, arguments) }
        abort() { return run(this, 140, arguments) }
        approveTool(toolCallId, approved, options) { return run(this, 141, arguments) }
        respondToToolSuspension(toolCallId, resumeData, options) { return run(this, 142, arguments) }
        steer(message, options) { return run(this, 143, arguments) }
        state(options) { return run(this, 144, arguments) }
        setState(updates) { return run(this, 145, arguments) }
        switchMode(modeId) { return run(this, 146, arguments) }
        switchModel(modelId, options) { return run(this, 147, arguments) }
        listThreads(options) { return run(this, 148, arguments) }
        switchThread(threadId) { return run(this, 149, arguments) }
        createThread(title) { return run(this, 150, arguments) }
        deleteThread(threadId) { return run(this, 151, arguments) }
        renameThread(threadId, title) { return run(this, 152, arguments) }
        cloneThread(options) { return run(this, 153, arguments) }
        listMessages(threadId, options) { return run(this, 154, arguments) }
        followUp(message, options) { return run(this, 155, arguments) }
        getOMRecord() { return run(this, 156, arguments) }
        setResourceId(newResourceId) { return run(this, 157, arguments) }
        getResourceIds() { return run(this, 158, arguments) }
        getGoal() { return run(this, 159, arguments) }
        setGoal(objective, options) { return run(this, 160, arguments) }
        updateGoal(options) { return run(this, 161, arguments) }
        clearGoal() { return run(this, 162, arguments) }
        getPermissions() { return run(this, 163, arguments) }
        setPermissionForCategory(category, policy) { return run(this, 164, arguments) }
        setPermissionForTool(toolName, policy) { return run(this, 165, arguments) }
        sendNotification(input) { return run(this, 166, arguments) }
      },
    MemoryThread: () =>
      class MemoryThread extends Resource {
        get(requestContext) { return run(this, 185, arguments) }
        update(params) { return run(this, 186, arguments) }
        delete(opts) { return run(this, 187, arguments) }
        listMessages(params) { return run(this, 188, arguments) }
        deleteMessages(messageIds, opts) { return run(this, 189, arguments) }
        clone(params) { return run(this, 190, arguments) }
        transfer(params) { return run(this, 191, arguments) }
      },
    Vector: () =>
      class Vector extends Resource {
        details(indexName, requestContext) { return run(this, 195, arguments) }
        delete(indexName) { return run(this, 196, arguments) }
        getIndexes(requestContext) { return run(this, 197, arguments) }
        createIndex(params) { return run(this, 198, arguments) }
        upsert(params) { return run(this, 199, arguments) }
        query(params) { return run(this, 200, arguments) }
      },
    Observability: () =>
      class Observability extends Resource {
        getTrace(traceId) { return run(this, 205, arguments) }
        getTraceLight(traceId) { return run(this, 206, arguments) }
        getSpan(traceId, spanId) { return run(this, 207, arguments) }
        getTraceTrajectory(traceId) { return run(this, 208, arguments) }
        getTraces(params) { return run(this, 209, arguments) }
        listTraces(params) { return run(this, 210, arguments) }
        queryTraces(params) { return run(this, 211, arguments) }
        getTraceQueryFields(params, options) { return run(this, 212, arguments) }
        getTraceQueryValues(params, options) { return run(this, 213, arguments) }
        queryTraceThreads(params) { return run(this, 214, arguments) }
        listTracesLight(params) { return run(this, 215, arguments) }
        listBranches(params) { return run(this, 216, arguments) }
        getBranch(params) { return run(this, 217, arguments) }
        listScoresBySpan(params) { return run(this, 218, arguments) }
        score(params) { return run(this, 219, arguments) }
        deleteTraces(params) { return run(this, 220, arguments) }
        listLogs(params) { return run(this, 221, arguments) }
        listScores(params) { return run(this, 222, arguments) }
        createScore(params) { return run(this, 223, arguments) }
        deleteScores(params) { return run(this, 224, arguments) }
        getScoreAggregate(params) { return run(this, 225, arguments) }
        getScoreBreakdown(params) { return run(this, 226, arguments) }
        getScoreTimeSeries(params) { return run(this, 227, arguments) }
        getScorePercentiles(params) { return run(this, 228, arguments) }
        listFeedback(params) { return run(this, 229, arguments) }
        createFeedback(params) { return run(this, 230, arguments) }
        updateFeedbackReviewStatus(params) { return run(this, 231, arguments) }
        deleteFeedback(params) { return run(this, 232, arguments) }
        getFeedbackAggregate(params) { return run(this, 233, arguments) }
        getFeedbackBreakdown(params) { return run(this, 234, arguments) }
        getFeedbackTimeSeries(params) { return run(this, 235, arguments) }
        getFeedbackPercentiles(params) { return run(this, 236, arguments) }
        getMetricAggregate(params) { return run(this, 237, arguments) }
        getMetricBreakdown(params) { return run(this, 238, arguments) }
        getMetricTimeSeries(params) { return run(this, 239, arguments) }
        getMetricPercentiles(params) { return run(this, 240, arguments) }
        getMetricNames(params) { return run(this, 241, arguments) }
        getMetricLabelKeys(params) { return run(this, 242, arguments) }
        getMetricLabelValues(params) { return run(this, 243, arguments) }
        getEntityTypes() { return run(this, 244, arguments) }
        getEntityNames(params) { return run(this, 245, arguments) }
        getServiceNames() { return run(this, 246, arguments) }
        getEnvironments() { return run(this, 247, arguments) }
        getTags(params) { return run(this, 248, arguments) }
      },
    StoredAgent: () =>
      class StoredAgent extends Resource {
        details(requestContext, options) { return run(this, 344, arguments) }
        update(params, requestContext) { return run(this, 345, arguments) }
        delete(requestContext) { return run(this, 346, arguments) }
        export(params) { return run(this, 347, arguments) }
        openChangeRequest(params) { return run(this, 348, arguments) }
        dependents(requestContext) { return run(this, 349, arguments) }
        favorite(requestContext) { return run(this, 350, arguments) }
        unfavorite(requestContext) { return run(this, 351, arguments) }
        listVersions(params, requestContext) { return run(this, 352, arguments) }
        createVersion(params, requestContext) { return run(this, 353, arguments) }
        getVersion(versionId, requestContext) { return run(this, 354, arguments) }
        activateVersion(versionId, requestContext) { return run(this, 355, arguments) }
        restoreVersion(versionId, requestContext) { return run(this, 356, arguments) }
        deleteVersion(versionId, requestContext) { return run(this, 357, arguments) }
        compareVersions(fromId, toId, requestContext) { return run(this, 358, arguments) }
      },
    StoredPromptBlock: () =>
      class StoredPromptBlock extends Resource {
        details(requestContext, options) { return run(this, 362, arguments) }
        update(params, requestContext) { return run(this, 363, arguments) }
        delete(requestContext) { return run(this, 364, arguments) }
        listVersions(params, requestContext) { return run(this, 365, arguments) }
        createVersion(params, requestContext) { return run(this, 366, arguments) }
        getVersion(versionId, requestContext) { return run(this, 367, arguments) }
        activateVersion(versionId, requestContext) { return run(this, 368, arguments) }
        restoreVersion(versionId, requestContext) { return run(this, 369, arguments) }
        deleteVersion(versionId, requestContext) { return run(this, 370, arguments) }
        compareVersions(fromId, toId, requestContext) { return run(this, 371, arguments) }
      },
    StoredScorer: () =>
      class StoredScorer extends Resource {
        details(requestContext, options) { return run(this, 375, arguments) }
        update(params, requestContext) { return run(this, 376, arguments) }
        delete(requestContext) { return run(this, 377, arguments) }
        listVersions(params, requestContext) { return run(this, 378, arguments) }
        createVersion(params, requestContext) { return run(this, 379, arguments) }
        getVersion(versionId, requestContext) { return run(this, 380, arguments) }
        activateVersion(versionId, requestContext) { return run(this, 381, arguments) }
        restoreVersion(versionId, requestContext) { return run(this, 382, arguments) }
        deleteVersion(versionId, requestContext) { return run(this, 383, arguments) }
        compareVersions(fromId, toId, requestContext) { return run(this, 384, arguments) }
      },
    StoredMCPClient: () =>
      class StoredMCPClient extends Resource {
        details(requestContext) { return run(this, 388, arguments) }
        update(params, requestContext) { return run(this, 389, arguments) }
        delete(requestContext) { return run(this, 390, arguments) }
      },
    StoredSkill: () =>
      class StoredSkill extends Resource {
        details(requestContext) { return run(this, 394, arguments) }
        update(params, requestContext) { return run(this, 395, arguments) }
        delete(requestContext) { return run(this, 396, arguments) }
        favorite(requestContext) { return run(this, 397, arguments) }
        unfavorite(requestContext) { return run(this, 398, arguments) }
      },
    Workspace: () =>
      class Workspace extends Resource {
        info() { return run(this, 403, arguments) }
        readFile(path, encoding) { return run(this, 404, arguments) }
        writeFile(path, content, options) { return run(this, 405, arguments) }
        listFiles(path, recursive) { return run(this, 406, arguments) }
        delete(path, options) { return run(this, 407, arguments) }
        mkdir(path, recursive) { return run(this, 408, arguments) }
        stat(path) { return run(this, 409, arguments) }
        search(params) { return run(this, 410, arguments) }
        index(params) { return run(this, 411, arguments) }
        listSkills() { return run(this, 412, arguments) }
        searchSkills(params) { return run(this, 413, arguments) }
        getSkill(skillName, skillPath) { return run(this, 414, arguments) }
      },
    WorkspaceSkillResource: () =>
      class WorkspaceSkillResource extends Resource {
        details() { return run(this, 415, arguments) }
        listReferences() { return run(this, 416, arguments) }
        getReference(referencePath) { return run(this, 417, arguments) }
      },
    A2A: () =>
      class A2A extends Resource {
        getAgentCard(options) { return run(this, 420, arguments) }
        getCard(options) { return run(this, 421, arguments) }
        getExtendedAgentCard() { return run(this, 422, arguments) }
        sendMessage(params) { return run(this, 423, arguments) }
        sendMessageStream(params) { return run(this, 424, arguments) }
        sendStreamingMessage(params) { return run(this, 425, arguments) }
        getTask(params) { return run(this, 426, arguments) }
        cancelTask(params) { return run(this, 427, arguments) }
        resubscribeTask(params) { return run(this, 428, arguments) }
        setTaskPushNotificationConfig(params) { return run(this, 429, arguments) }
        getTaskPushNotificationConfig(params) { return run(this, 430, arguments) }
        listTaskPushNotificationConfig(params) { return run(this, 431, arguments) }
        deleteTaskPushNotificationConfig(params) { return run(this, 432, arguments) }
      },
    A2AV1: () =>
      class A2AV1 extends Resource {
        createTaskPushNotificationConfig(params) { return run(this, 433, arguments) }
        getTaskPushNotificationConfig(params) { return run(this, 434, arguments) }
        listTaskPushNotificationConfigs(params) { return run(this, 435, arguments) }
        deleteTaskPushNotificationConfig(params) { return run(this, 436, arguments) }
        getAgentCard() { return run(this, 437, arguments) }
        sendMessage(params) { return run(this, 438, arguments) }
        sendMessageStream(params) { return run(this, 439, arguments) }
        getTask(params) { return run(this, 440, arguments) }
        listTasks(params) { return run(this, 441, arguments) }
        cancelTask(params) { return run(this, 442, arguments) }
        resubscribeTask(params) { return run(this, 443, arguments) }
      },
    Conversations: () =>
      class Conversations extends Resource {
        create(params) { return run(this, 444, arguments) }
        retrieve(conversationId, requestContext) { return run(this, 445, arguments) }
        delete(conversationId, requestContext) { return run(this, 446, arguments) }
      },
    ConversationItems: () =>
      class ConversationItems extends Resource {
        list(conversationId, requestContext) { return run(this, 447, arguments) }
      },
    Responses: () =>
      class Responses extends Resource {
        create(params) { return run(this, 448, arguments) }
        stream(params) { return run(this, 450, arguments) }
        retrieve(responseId, requestContext) { return run(this, 451, arguments) }
        delete(responseId, requestContext) { return run(this, 452, arguments) }
      },
    Channels: () =>
      class Channels extends Resource {
        listPlatforms() { return run(this, 453, arguments) }
        listInstallations(platform, agentId) { return run(this, 454, arguments) }
        connect(platform, agentId, options) { return run(this, 455, arguments) }
        disconnect(platform, agentId) { return run(this, 456, arguments) }
      },
  }
}
