'use strict'
// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.
// One method per route: a method hands its arguments to `run` with its route's index; the
// facade compiles the route at the method's first call.

/** The classes of the client group, on `Resource` (lib/classes/resource.js). */
module.exports = (Resource, Base, run) => ({
  MastraClient: class MastraClient extends Resource {
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
})
