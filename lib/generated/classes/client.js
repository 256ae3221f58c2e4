'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's name; the
// facade (lib/surface.js) compiles the route at the method's first call.

/** The classes of the client group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  MastraClient: class MastraClient extends Resource {
    constructor(options) {
      super(Base.client(options))
    }
    listAgents(requestContext, partial) { return run(this, 'MastraClient.listAgents', arguments) }
    listAgentsModelProviders() { return run(this, 'MastraClient.listAgentsModelProviders', arguments) }
    getAgent(agentId, version, routeOverrides) { return run(this, 'MastraClient.getAgent', arguments) }
    listWorkflows(requestContext, partial) { return run(this, 'MastraClient.listWorkflows', arguments) }
    listWorkflowRunCounts(requestContext) { return run(this, 'MastraClient.listWorkflowRunCounts', arguments) }
    getWorkflow(workflowId) { return run(this, 'MastraClient.getWorkflow', arguments) }
    listDynamicWorkflows(params) { return run(this, 'MastraClient.listDynamicWorkflows', arguments) }
    upsertDynamicWorkflow(params) { return run(this, 'MastraClient.upsertDynamicWorkflow', arguments) }
    getDynamicWorkflow(dynamicWorkflowId) { return run(this, 'MastraClient.getDynamicWorkflow', arguments) }
    listTools(requestContext) { return run(this, 'MastraClient.listTools', arguments) }
    getTool(toolId) { return run(this, 'MastraClient.getTool', arguments) }
    listProcessors(requestContext) { return run(this, 'MastraClient.listProcessors', arguments) }
    getProcessor(processorId) { return run(this, 'MastraClient.getProcessor', arguments) }
    getMcpServers(params) { return run(this, 'MastraClient.getMcpServers', arguments) }
    getMcpServerDetails(serverId, params) { return run(this, 'MastraClient.getMcpServerDetails', arguments) }
    getMcpServerTools(serverId) { return run(this, 'MastraClient.getMcpServerTools', arguments) }
    getMcpServerTool(serverId, toolId) { return run(this, 'MastraClient.getMcpServerTool', arguments) }
    getMcpServerResources(serverId) { return run(this, 'MastraClient.getMcpServerResources', arguments) }
    readMcpServerResource(serverId, uri) { return run(this, 'MastraClient.readMcpServerResource', arguments) }
    listToolProviders() { return run(this, 'MastraClient.listToolProviders', arguments) }
    getToolProvider(providerId) { return run(this, 'MastraClient.getToolProvider', arguments) }
    getProcessorProviders() { return run(this, 'MastraClient.getProcessorProviders', arguments) }
    getProcessorProvider(providerId) { return run(this, 'MastraClient.getProcessorProvider', arguments) }
    getAgentBuilderActions() { return run(this, 'MastraClient.getAgentBuilderActions', arguments) }
    getAgentBuilderAction(actionId) { return run(this, 'MastraClient.getAgentBuilderAction', arguments) }
    listAgentControllers() { return run(this, 'MastraClient.listAgentControllers', arguments) }
    getAgentController(controllerId) { return run(this, 'MastraClient.getAgentController', arguments) }
    listBackgroundTasks(params) { return run(this, 'MastraClient.listBackgroundTasks', arguments) }
    getBackgroundTask(backgroundTaskId) { return run(this, 'MastraClient.getBackgroundTask', arguments) }
    streamBackgroundTasks(params) { return run(this, 'MastraClient.streamBackgroundTasks', arguments) }
    listMemoryThreads(params) { return run(this, 'MastraClient.listMemoryThreads', arguments) }
    getMemoryConfig(params) { return run(this, 'MastraClient.getMemoryConfig', arguments) }
    createMemoryThread(params) { return run(this, 'MastraClient.createMemoryThread', arguments) }
    getMemoryThread(params) { return run(this, 'MastraClient.getMemoryThread', arguments) }
    listThreadMessages(threadId, opts) { return run(this, 'MastraClient.listThreadMessages', arguments) }
    deleteThread(threadId, opts) { return run(this, 'MastraClient.deleteThread', arguments) }
    saveMessageToMemory(params) { return run(this, 'MastraClient.saveMessageToMemory', arguments) }
    getMemoryStatus(agentId, requestContext, opts) { return run(this, 'MastraClient.getMemoryStatus', arguments) }
    getObservationalMemory(params) { return run(this, 'MastraClient.getObservationalMemory', arguments) }
    awaitBufferStatus(params) { return run(this, 'MastraClient.awaitBufferStatus', arguments) }
    getWorkingMemory(params) { return run(this, 'MastraClient.getWorkingMemory', arguments) }
    searchMemory(params) { return run(this, 'MastraClient.searchMemory', arguments) }
    updateWorkingMemory(params) { return run(this, 'MastraClient.updateWorkingMemory', arguments) }
    listVectors() { return run(this, 'MastraClient.listVectors', arguments) }
    listEmbedders() { return run(this, 'MastraClient.listEmbedders', arguments) }
    getVector(vectorName) { return run(this, 'MastraClient.getVector', arguments) }
    listLogs(params) { return run(this, 'MastraClient.listLogs', arguments) }
    getLogForRun(params) { return run(this, 'MastraClient.getLogForRun', arguments) }
    listLogTransports() { return run(this, 'MastraClient.listLogTransports', arguments) }
    listLogsVNext(params) { return run(this, 'MastraClient.listLogsVNext', arguments) }
    getTrace(traceId) { return run(this, 'MastraClient.getTrace', arguments) }
    getTraceLight(traceId) { return run(this, 'MastraClient.getTraceLight', arguments) }
    getSpan(traceId, spanId) { return run(this, 'MastraClient.getSpan', arguments) }
    getTraceTrajectory(traceId) { return run(this, 'MastraClient.getTraceTrajectory', arguments) }
    getTraces(params) { return run(this, 'MastraClient.getTraces', arguments) }
    listTraces(params) { return run(this, 'MastraClient.listTraces', arguments) }
    queryTraces(params) { return run(this, 'MastraClient.queryTraces', arguments) }
    getTraceQueryFields(params, options) { return run(this, 'MastraClient.getTraceQueryFields', arguments) }
    getTraceQueryValues(params, options) { return run(this, 'MastraClient.getTraceQueryValues', arguments) }
    queryTraceThreads(params) { return run(this, 'MastraClient.queryTraceThreads', arguments) }
    listTracesLight(params) { return run(this, 'MastraClient.listTracesLight', arguments) }
    listBranches(params) { return run(this, 'MastraClient.listBranches', arguments) }
    getBranch(params) { return run(this, 'MastraClient.getBranch', arguments) }
    listScoresBySpan(params) { return run(this, 'MastraClient.listScoresBySpan', arguments) }
    deleteTraces(params) { return run(this, 'MastraClient.deleteTraces', arguments) }
    score(params) { return run(this, 'MastraClient.score', arguments) }
    listScores(params) { return run(this, 'MastraClient.listScores', arguments) }
    createScore(params) { return run(this, 'MastraClient.createScore', arguments) }
    deleteScores(params) { return run(this, 'MastraClient.deleteScores', arguments) }
    getScoreAggregate(params) { return run(this, 'MastraClient.getScoreAggregate', arguments) }
    getScoreBreakdown(params) { return run(this, 'MastraClient.getScoreBreakdown', arguments) }
    getScoreTimeSeries(params) { return run(this, 'MastraClient.getScoreTimeSeries', arguments) }
    getScorePercentiles(params) { return run(this, 'MastraClient.getScorePercentiles', arguments) }
    listFeedback(params) { return run(this, 'MastraClient.listFeedback', arguments) }
    createFeedback(params) { return run(this, 'MastraClient.createFeedback', arguments) }
    deleteFeedback(params) { return run(this, 'MastraClient.deleteFeedback', arguments) }
    updateFeedbackReviewStatus(params) { return run(this, 'MastraClient.updateFeedbackReviewStatus', arguments) }
    getFeedbackAggregate(params) { return run(this, 'MastraClient.getFeedbackAggregate', arguments) }
    getFeedbackBreakdown(params) { return run(this, 'MastraClient.getFeedbackBreakdown', arguments) }
    getFeedbackTimeSeries(params) { return run(this, 'MastraClient.getFeedbackTimeSeries', arguments) }
    getFeedbackPercentiles(params) { return run(this, 'MastraClient.getFeedbackPercentiles', arguments) }
    getMetricAggregate(params) { return run(this, 'MastraClient.getMetricAggregate', arguments) }
    getMetricBreakdown(params) { return run(this, 'MastraClient.getMetricBreakdown', arguments) }
    getMetricTimeSeries(params) { return run(this, 'MastraClient.getMetricTimeSeries', arguments) }
    getMetricPercentiles(params) { return run(this, 'MastraClient.getMetricPercentiles', arguments) }
    getMetricNames(params) { return run(this, 'MastraClient.getMetricNames', arguments) }
    getMetricLabelKeys(params) { return run(this, 'MastraClient.getMetricLabelKeys', arguments) }
    getMetricLabelValues(params) { return run(this, 'MastraClient.getMetricLabelValues', arguments) }
    getEntityTypes() { return run(this, 'MastraClient.getEntityTypes', arguments) }
    getEntityNames(params) { return run(this, 'MastraClient.getEntityNames', arguments) }
    getServiceNames() { return run(this, 'MastraClient.getServiceNames', arguments) }
    getEnvironments() { return run(this, 'MastraClient.getEnvironments', arguments) }
    getTags(params) { return run(this, 'MastraClient.getTags', arguments) }
    listScorers(requestContext) { return run(this, 'MastraClient.listScorers', arguments) }
    getScorer(scorerId) { return run(this, 'MastraClient.getScorer', arguments) }
    listScoresByScorerId(params) { return run(this, 'MastraClient.listScoresByScorerId', arguments) }
    listScoresByRunId(params) { return run(this, 'MastraClient.listScoresByRunId', arguments) }
    listScoresByEntityId(params) { return run(this, 'MastraClient.listScoresByEntityId', arguments) }
    saveScore(params) { return run(this, 'MastraClient.saveScore', arguments) }
    listDatasets(params) { return run(this, 'MastraClient.listDatasets', arguments) }
    getDataset(datasetId, tenancy) { return run(this, 'MastraClient.getDataset', arguments) }
    createDataset(params) { return run(this, 'MastraClient.createDataset', arguments) }
    updateDataset(params) { return run(this, 'MastraClient.updateDataset', arguments) }
    deleteDataset(datasetId, tenancy) { return run(this, 'MastraClient.deleteDataset', arguments) }
    listDatasetItems(datasetId, params) { return run(this, 'MastraClient.listDatasetItems', arguments) }
    getDatasetItem(datasetId, itemId) { return run(this, 'MastraClient.getDatasetItem', arguments) }
    addDatasetItem(params) { return run(this, 'MastraClient.addDatasetItem', arguments) }
    updateDatasetItem(params) { return run(this, 'MastraClient.updateDatasetItem', arguments) }
    deleteDatasetItem(datasetId, itemId) { return run(this, 'MastraClient.deleteDatasetItem', arguments) }
    purgeDatasetItem(datasetId, itemId, tenancy) { return run(this, 'MastraClient.purgeDatasetItem', arguments) }
    batchInsertDatasetItems(params) { return run(this, 'MastraClient.batchInsertDatasetItems', arguments) }
    batchDeleteDatasetItems(params) { return run(this, 'MastraClient.batchDeleteDatasetItems', arguments) }
    generateDatasetItems(params) { return run(this, 'MastraClient.generateDatasetItems', arguments) }
    clusterFailures(params) { return run(this, 'MastraClient.clusterFailures', arguments) }
    getItemHistory(datasetId, itemId) { return run(this, 'MastraClient.getItemHistory', arguments) }
    getDatasetItemVersion(datasetId, itemId, datasetVersion) { return run(this, 'MastraClient.getDatasetItemVersion', arguments) }
    listDatasetVersions(datasetId, pagination) { return run(this, 'MastraClient.listDatasetVersions', arguments) }
    listExperiments(params) { return run(this, 'MastraClient.listExperiments', arguments) }
    getExperimentReviewSummary() { return run(this, 'MastraClient.getExperimentReviewSummary', arguments) }
    listDatasetExperiments(datasetId, params) { return run(this, 'MastraClient.listDatasetExperiments', arguments) }
    getDatasetExperiment(datasetId, experimentId) { return run(this, 'MastraClient.getDatasetExperiment', arguments) }
    deleteDatasetExperiment(datasetId, experimentId, tenancy) { return run(this, 'MastraClient.deleteDatasetExperiment', arguments) }
    deleteExperiment(experimentId, options) { return run(this, 'MastraClient.deleteExperiment', arguments) }
    updateDatasetExperiment(params) { return run(this, 'MastraClient.updateDatasetExperiment', arguments) }
    listDatasetExperimentResults(datasetId, experimentId, options) { return run(this, 'MastraClient.listDatasetExperimentResults', arguments) }
    updateDatasetExperimentResult(params) { return run(this, 'MastraClient.updateDatasetExperimentResult', arguments) }
    triggerDatasetExperiment(params) { return run(this, 'MastraClient.triggerDatasetExperiment', arguments) }
    createDatasetExperiment(params) { return run(this, 'MastraClient.createDatasetExperiment', arguments) }
    runExperimentItem(params) { return run(this, 'MastraClient.runExperimentItem', arguments) }
    submitExperimentResult(params) { return run(this, 'MastraClient.submitExperimentResult', arguments) }
    finalizeExperiment(params) { return run(this, 'MastraClient.finalizeExperiment', arguments) }
    updateExperimentResult(params) { return run(this, 'MastraClient.updateExperimentResult', arguments) }
    compareExperiments(params) { return run(this, 'MastraClient.compareExperiments', arguments) }
    listSchedules(params) { return run(this, 'MastraClient.listSchedules', arguments) }
    getSchedule(scheduleId) { return run(this, 'MastraClient.getSchedule', arguments) }
    createSchedule(options) { return run(this, 'MastraClient.createSchedule', arguments) }
    updateSchedule(scheduleId, patch) { return run(this, 'MastraClient.updateSchedule', arguments) }
    deleteSchedule(scheduleId) { return run(this, 'MastraClient.deleteSchedule', arguments) }
    runSchedule(scheduleId) { return run(this, 'MastraClient.runSchedule', arguments) }
    listScheduleTriggers(scheduleId, params) { return run(this, 'MastraClient.listScheduleTriggers', arguments) }
    pauseSchedule(scheduleId) { return run(this, 'MastraClient.pauseSchedule', arguments) }
    resumeSchedule(scheduleId) { return run(this, 'MastraClient.resumeSchedule', arguments) }
    listStoredAgents(params) { return run(this, 'MastraClient.listStoredAgents', arguments) }
    createStoredAgent(params) { return run(this, 'MastraClient.createStoredAgent', arguments) }
    getStoredAgent(storedAgentId) { return run(this, 'MastraClient.getStoredAgent', arguments) }
    listStoredPromptBlocks(params) { return run(this, 'MastraClient.listStoredPromptBlocks', arguments) }
    createStoredPromptBlock(params) { return run(this, 'MastraClient.createStoredPromptBlock', arguments) }
    getStoredPromptBlock(storedPromptBlockId) { return run(this, 'MastraClient.getStoredPromptBlock', arguments) }
    listStoredScorers(params) { return run(this, 'MastraClient.listStoredScorers', arguments) }
    createStoredScorer(params) { return run(this, 'MastraClient.createStoredScorer', arguments) }
    getStoredScorer(storedScorerId) { return run(this, 'MastraClient.getStoredScorer', arguments) }
    listStoredMCPClients(params) { return run(this, 'MastraClient.listStoredMCPClients', arguments) }
    createStoredMCPClient(params) { return run(this, 'MastraClient.createStoredMCPClient', arguments) }
    getStoredMCPClient(storedMCPClientId) { return run(this, 'MastraClient.getStoredMCPClient', arguments) }
    listStoredSkills(params) { return run(this, 'MastraClient.listStoredSkills', arguments) }
    createStoredSkill(params) { return run(this, 'MastraClient.createStoredSkill', arguments) }
    getStoredSkill(storedSkillId) { return run(this, 'MastraClient.getStoredSkill', arguments) }
    listStoredWorkspaces(params) { return run(this, 'MastraClient.listStoredWorkspaces', arguments) }
    getStoredWorkspace(id) { return run(this, 'MastraClient.getStoredWorkspace', arguments) }
    listWorkspaces() { return run(this, 'MastraClient.listWorkspaces', arguments) }
    getWorkspace(workspaceId) { return run(this, 'MastraClient.getWorkspace', arguments) }
    getA2A(agentId) { return run(this, 'MastraClient.getA2A', arguments) }
    getA2AV1(agentId) { return run(this, 'MastraClient.getA2AV1', arguments) }
    getSystemPackages() { return run(this, 'MastraClient.getSystemPackages', arguments) }
    getPermissionPatterns() { return run(this, 'MastraClient.getPermissionPatterns', arguments) }
    getWorkflowBuilderSettings() { return run(this, 'MastraClient.getWorkflowBuilderSettings', arguments) }
    getBuilderSettings() { return run(this, 'MastraClient.getBuilderSettings', arguments) }
    getBuilderAvailableModels() { return run(this, 'MastraClient.getBuilderAvailableModels', arguments) }
    getInfrastructureStatus() { return run(this, 'MastraClient.getInfrastructureStatus', arguments) }
    listBuilderRegistries() { return run(this, 'MastraClient.listBuilderRegistries', arguments) }
    searchBuilderRegistry(registryId, params) { return run(this, 'MastraClient.searchBuilderRegistry', arguments) }
    getBuilderRegistryPopular(registryId, params) { return run(this, 'MastraClient.getBuilderRegistryPopular', arguments) }
    getBuilderRegistryPreview(registryId, params) { return run(this, 'MastraClient.getBuilderRegistryPreview', arguments) }
    installBuilderRegistrySkill(registryId, body) { return run(this, 'MastraClient.installBuilderRegistrySkill', arguments) }
  },
})
