'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// One method per route: a method hands its arguments to `run` with its route's entry (in
// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at
// the method's first call.

const routes = require('../routes')

/** The classes of the client group, on `Resource` (./resource.js). */
module.exports = (Resource, Base, run) => ({
  MastraClient: class MastraClient extends Resource {
    constructor(options) {
      super(Base.client(options))
    }
    listAgents(requestContext, partial) { return run(this, routes.agents['MastraClient.listAgents'], arguments) }
    listAgentsModelProviders() { return run(this, routes.agents['MastraClient.listAgentsModelProviders'], arguments) }
    getAgent(agentId, version, routeOverrides) { return run(this, routes.agents['MastraClient.getAgent'], arguments) }
    listWorkflows(requestContext, partial) { return run(this, routes.workflows['MastraClient.listWorkflows'], arguments) }
    listWorkflowRunCounts(requestContext) { return run(this, routes.workflows['MastraClient.listWorkflowRunCounts'], arguments) }
    getWorkflow(workflowId) { return run(this, routes.workflows['MastraClient.getWorkflow'], arguments) }
    listDynamicWorkflows(params) { return run(this, routes.workflows['MastraClient.listDynamicWorkflows'], arguments) }
    upsertDynamicWorkflow(params) { return run(this, routes.workflows['MastraClient.upsertDynamicWorkflow'], arguments) }
    getDynamicWorkflow(dynamicWorkflowId) { return run(this, routes.workflows['MastraClient.getDynamicWorkflow'], arguments) }
    listTools(requestContext) { return run(this, routes.tools['MastraClient.listTools'], arguments) }
    getTool(toolId) { return run(this, routes.tools['MastraClient.getTool'], arguments) }
    listProcessors(requestContext) { return run(this, routes.tools['MastraClient.listProcessors'], arguments) }
    getProcessor(processorId) { return run(this, routes.tools['MastraClient.getProcessor'], arguments) }
    getMcpServers(params) { return run(this, routes.tools['MastraClient.getMcpServers'], arguments) }
    getMcpServerDetails(serverId, params) { return run(this, routes.tools['MastraClient.getMcpServerDetails'], arguments) }
    getMcpServerTools(serverId) { return run(this, routes.tools['MastraClient.getMcpServerTools'], arguments) }
    getMcpServerTool(serverId, toolId) { return run(this, routes.tools['MastraClient.getMcpServerTool'], arguments) }
    getMcpServerResources(serverId) { return run(this, routes.tools['MastraClient.getMcpServerResources'], arguments) }
    readMcpServerResource(serverId, uri) { return run(this, routes.tools['MastraClient.readMcpServerResource'], arguments) }
    listToolProviders() { return run(this, routes.tools['MastraClient.listToolProviders'], arguments) }
    getToolProvider(providerId) { return run(this, routes.tools['MastraClient.getToolProvider'], arguments) }
    getProcessorProviders() { return run(this, routes.tools['MastraClient.getProcessorProviders'], arguments) }
    getProcessorProvider(providerId) { return run(this, routes.tools['MastraClient.getProcessorProvider'], arguments) }
    getAgentBuilderActions() { return run(this, routes.agent_builder['MastraClient.getAgentBuilderActions'], arguments) }
    getAgentBuilderAction(actionId) { return run(this, routes.agent_builder['MastraClient.getAgentBuilderAction'], arguments) }
    listAgentControllers() { return run(this, routes.agent_controller['MastraClient.listAgentControllers'], arguments) }
    getAgentController(controllerId) { return run(this, routes.agent_controller['MastraClient.getAgentController'], arguments) }
    listBackgroundTasks(params) { return run(this, routes.background_tasks['MastraClient.listBackgroundTasks'], arguments) }
    getBackgroundTask(backgroundTaskId) { return run(this, routes.background_tasks['MastraClient.getBackgroundTask'], arguments) }
    streamBackgroundTasks(params) { return run(this, routes.background_tasks['MastraClient.streamBackgroundTasks'], arguments) }
    listMemoryThreads(params) { return run(this, routes.memory['MastraClient.listMemoryThreads'], arguments) }
    getMemoryConfig(params) { return run(this, routes.memory['MastraClient.getMemoryConfig'], arguments) }
    createMemoryThread(params) { return run(this, routes.memory['MastraClient.createMemoryThread'], arguments) }
    getMemoryThread(params) { return run(this, routes.memory['MastraClient.getMemoryThread'], arguments) }
    listThreadMessages(threadId, opts) { return run(this, routes.memory['MastraClient.listThreadMessages'], arguments) }
    deleteThread(threadId, opts) { return run(this, routes.memory['MastraClient.deleteThread'], arguments) }
    saveMessageToMemory(params) { return run(this, routes.memory['MastraClient.saveMessageToMemory'], arguments) }
    getMemoryStatus(agentId, requestContext, opts) { return run(this, routes.memory['MastraClient.getMemoryStatus'], arguments) }
    getObservationalMemory(params) { return run(this, routes.memory['MastraClient.getObservationalMemory'], arguments) }
    awaitBufferStatus(params) { return run(this, routes.memory['MastraClient.awaitBufferStatus'], arguments) }
    getWorkingMemory(params) { return run(this, routes.memory['MastraClient.getWorkingMemory'], arguments) }
    searchMemory(params) { return run(this, routes.memory['MastraClient.searchMemory'], arguments) }
    updateWorkingMemory(params) { return run(this, routes.memory['MastraClient.updateWorkingMemory'], arguments) }
    listVectors() { return run(this, routes.vectors['MastraClient.listVectors'], arguments) }
    listEmbedders() { return run(this, routes.vectors['MastraClient.listEmbedders'], arguments) }
    getVector(vectorName) { return run(this, routes.vectors['MastraClient.getVector'], arguments) }
    listLogs(params) { return run(this, routes.logs['MastraClient.listLogs'], arguments) }
    getLogForRun(params) { return run(this, routes.logs['MastraClient.getLogForRun'], arguments) }
    listLogTransports() { return run(this, routes.logs['MastraClient.listLogTransports'], arguments) }
    listLogsVNext(params) { return run(this, routes.logs['MastraClient.listLogsVNext'], arguments) }
    getTrace(traceId) { return run(this, routes.observability['MastraClient.getTrace'], arguments) }
    getTraceLight(traceId) { return run(this, routes.observability['MastraClient.getTraceLight'], arguments) }
    getSpan(traceId, spanId) { return run(this, routes.observability['MastraClient.getSpan'], arguments) }
    getTraceTrajectory(traceId) { return run(this, routes.observability['MastraClient.getTraceTrajectory'], arguments) }
    getTraces(params) { return run(this, routes.observability['MastraClient.getTraces'], arguments) }
    listTraces(params) { return run(this, routes.observability['MastraClient.listTraces'], arguments) }
    queryTraces(params) { return run(this, routes.observability['MastraClient.queryTraces'], arguments) }
    getTraceQueryFields(params, options) { return run(this, routes.observability['MastraClient.getTraceQueryFields'], arguments) }
    getTraceQueryValues(params, options) { return run(this, routes.observability['MastraClient.getTraceQueryValues'], arguments) }
    queryTraceThreads(params) { return run(this, routes.observability['MastraClient.queryTraceThreads'], arguments) }
    listTracesLight(params) { return run(this, routes.observability['MastraClient.listTracesLight'], arguments) }
    listBranches(params) { return run(this, routes.observability['MastraClient.listBranches'], arguments) }
    getBranch(params) { return run(this, routes.observability['MastraClient.getBranch'], arguments) }
    listScoresBySpan(params) { return run(this, routes.observability['MastraClient.listScoresBySpan'], arguments) }
    deleteTraces(params) { return run(this, routes.observability['MastraClient.deleteTraces'], arguments) }
    score(params) { return run(this, routes.observability['MastraClient.score'], arguments) }
    listScores(params) { return run(this, routes.observability['MastraClient.listScores'], arguments) }
    createScore(params) { return run(this, routes.observability['MastraClient.createScore'], arguments) }
    deleteScores(params) { return run(this, routes.observability['MastraClient.deleteScores'], arguments) }
    getScoreAggregate(params) { return run(this, routes.observability['MastraClient.getScoreAggregate'], arguments) }
    getScoreBreakdown(params) { return run(this, routes.observability['MastraClient.getScoreBreakdown'], arguments) }
    getScoreTimeSeries(params) { return run(this, routes.observability['MastraClient.getScoreTimeSeries'], arguments) }
    getScorePercentiles(params) { return run(this, routes.observability['MastraClient.getScorePercentiles'], arguments) }
    listFeedback(params) { return run(this, routes.observability['MastraClient.listFeedback'], arguments) }
    createFeedback(params) { return run(this, routes.observability['MastraClient.createFeedback'], arguments) }
    deleteFeedback(params) { return run(this, routes.observability['MastraClient.deleteFeedback'], arguments) }
    updateFeedbackReviewStatus(params) { return run(this, routes.observability['MastraClient.updateFeedbackReviewStatus'], arguments) }
    getFeedbackAggregate(params) { return run(this, routes.observability['MastraClient.getFeedbackAggregate'], arguments) }
    getFeedbackBreakdown(params) { return run(this, routes.observability['MastraClient.getFeedbackBreakdown'], arguments) }
    getFeedbackTimeSeries(params) { return run(this, routes.observability['MastraClient.getFeedbackTimeSeries'], arguments) }
    getFeedbackPercentiles(params) { return run(this, routes.observability['MastraClient.getFeedbackPercentiles'], arguments) }
    getMetricAggregate(params) { return run(this, routes.observability['MastraClient.getMetricAggregate'], arguments) }
    getMetricBreakdown(params) { return run(this, routes.observability['MastraClient.getMetricBreakdown'], arguments) }
    getMetricTimeSeries(params) { return run(this, routes.observability['MastraClient.getMetricTimeSeries'], arguments) }
    getMetricPercentiles(params) { return run(this, routes.observability['MastraClient.getMetricPercentiles'], arguments) }
    getMetricNames(params) { return run(this, routes.observability['MastraClient.getMetricNames'], arguments) }
    getMetricLabelKeys(params) { return run(this, routes.observability['MastraClient.getMetricLabelKeys'], arguments) }
    getMetricLabelValues(params) { return run(this, routes.observability['MastraClient.getMetricLabelValues'], arguments) }
    getEntityTypes() { return run(this, routes.observability['MastraClient.getEntityTypes'], arguments) }
    getEntityNames(params) { return run(this, routes.observability['MastraClient.getEntityNames'], arguments) }
    getServiceNames() { return run(this, routes.observability['MastraClient.getServiceNames'], arguments) }
    getEnvironments() { return run(this, routes.observability['MastraClient.getEnvironments'], arguments) }
    getTags(params) { return run(this, routes.observability['MastraClient.getTags'], arguments) }
    listScorers(requestContext) { return run(this, routes.scores['MastraClient.listScorers'], arguments) }
    getScorer(scorerId) { return run(this, routes.scores['MastraClient.getScorer'], arguments) }
    listScoresByScorerId(params) { return run(this, routes.scores['MastraClient.listScoresByScorerId'], arguments) }
    listScoresByRunId(params) { return run(this, routes.scores['MastraClient.listScoresByRunId'], arguments) }
    listScoresByEntityId(params) { return run(this, routes.scores['MastraClient.listScoresByEntityId'], arguments) }
    saveScore(params) { return run(this, routes.scores['MastraClient.saveScore'], arguments) }
    listDatasets(params) { return run(this, routes.datasets['MastraClient.listDatasets'], arguments) }
    getDataset(datasetId, tenancy) { return run(this, routes.datasets['MastraClient.getDataset'], arguments) }
    createDataset(params) { return run(this, routes.datasets['MastraClient.createDataset'], arguments) }
    updateDataset(params) { return run(this, routes.datasets['MastraClient.updateDataset'], arguments) }
    deleteDataset(datasetId, tenancy) { return run(this, routes.datasets['MastraClient.deleteDataset'], arguments) }
    listDatasetItems(datasetId, params) { return run(this, routes.datasets['MastraClient.listDatasetItems'], arguments) }
    getDatasetItem(datasetId, itemId) { return run(this, routes.datasets['MastraClient.getDatasetItem'], arguments) }
    addDatasetItem(params) { return run(this, routes.datasets['MastraClient.addDatasetItem'], arguments) }
    updateDatasetItem(params) { return run(this, routes.datasets['MastraClient.updateDatasetItem'], arguments) }
    deleteDatasetItem(datasetId, itemId) { return run(this, routes.datasets['MastraClient.deleteDatasetItem'], arguments) }
    purgeDatasetItem(datasetId, itemId, tenancy) { return run(this, routes.datasets['MastraClient.purgeDatasetItem'], arguments) }
    batchInsertDatasetItems(params) { return run(this, routes.datasets['MastraClient.batchInsertDatasetItems'], arguments) }
    batchDeleteDatasetItems(params) { return run(this, routes.datasets['MastraClient.batchDeleteDatasetItems'], arguments) }
    generateDatasetItems(params) { return run(this, routes.datasets['MastraClient.generateDatasetItems'], arguments) }
    clusterFailures(params) { return run(this, routes.datasets['MastraClient.clusterFailures'], arguments) }
    getItemHistory(datasetId, itemId) { return run(this, routes.datasets['MastraClient.getItemHistory'], arguments) }
    getDatasetItemVersion(datasetId, itemId, datasetVersion) { return run(this, routes.datasets['MastraClient.getDatasetItemVersion'], arguments) }
    listDatasetVersions(datasetId, pagination) { return run(this, routes.datasets['MastraClient.listDatasetVersions'], arguments) }
    listExperiments(params) { return run(this, routes.datasets['MastraClient.listExperiments'], arguments) }
    getExperimentReviewSummary() { return run(this, routes.datasets['MastraClient.getExperimentReviewSummary'], arguments) }
    listDatasetExperiments(datasetId, params) { return run(this, routes.datasets['MastraClient.listDatasetExperiments'], arguments) }
    getDatasetExperiment(datasetId, experimentId) { return run(this, routes.datasets['MastraClient.getDatasetExperiment'], arguments) }
    deleteDatasetExperiment(datasetId, experimentId, tenancy) { return run(this, routes.datasets['MastraClient.deleteDatasetExperiment'], arguments) }
    deleteExperiment(experimentId, options) { return run(this, routes.datasets['MastraClient.deleteExperiment'], arguments) }
    updateDatasetExperiment(params) { return run(this, routes.datasets['MastraClient.updateDatasetExperiment'], arguments) }
    listDatasetExperimentResults(datasetId, experimentId, options) { return run(this, routes.datasets['MastraClient.listDatasetExperimentResults'], arguments) }
    updateDatasetExperimentResult(params) { return run(this, routes.datasets['MastraClient.updateDatasetExperimentResult'], arguments) }
    triggerDatasetExperiment(params) { return run(this, routes.datasets['MastraClient.triggerDatasetExperiment'], arguments) }
    createDatasetExperiment(params) { return run(this, routes.datasets['MastraClient.createDatasetExperiment'], arguments) }
    runExperimentItem(params) { return run(this, routes.datasets['MastraClient.runExperimentItem'], arguments) }
    submitExperimentResult(params) { return run(this, routes.datasets['MastraClient.submitExperimentResult'], arguments) }
    finalizeExperiment(params) { return run(this, routes.datasets['MastraClient.finalizeExperiment'], arguments) }
    updateExperimentResult(params) { return run(this, routes.datasets['MastraClient.updateExperimentResult'], arguments) }
    compareExperiments(params) { return run(this, routes.datasets['MastraClient.compareExperiments'], arguments) }
    listSchedules(params) { return run(this, routes.schedules['MastraClient.listSchedules'], arguments) }
    getSchedule(scheduleId) { return run(this, routes.schedules['MastraClient.getSchedule'], arguments) }
    createSchedule(options) { return run(this, routes.schedules['MastraClient.createSchedule'], arguments) }
    updateSchedule(scheduleId, patch) { return run(this, routes.schedules['MastraClient.updateSchedule'], arguments) }
    deleteSchedule(scheduleId) { return run(this, routes.schedules['MastraClient.deleteSchedule'], arguments) }
    runSchedule(scheduleId) { return run(this, routes.schedules['MastraClient.runSchedule'], arguments) }
    listScheduleTriggers(scheduleId, params) { return run(this, routes.schedules['MastraClient.listScheduleTriggers'], arguments) }
    pauseSchedule(scheduleId) { return run(this, routes.schedules['MastraClient.pauseSchedule'], arguments) }
    resumeSchedule(scheduleId) { return run(this, routes.schedules['MastraClient.resumeSchedule'], arguments) }
    listStoredAgents(params) { return run(this, routes.stored['MastraClient.listStoredAgents'], arguments) }
    createStoredAgent(params) { return run(this, routes.stored['MastraClient.createStoredAgent'], arguments) }
    getStoredAgent(storedAgentId) { return run(this, routes.stored['MastraClient.getStoredAgent'], arguments) }
    listStoredPromptBlocks(params) { return run(this, routes.stored['MastraClient.listStoredPromptBlocks'], arguments) }
    createStoredPromptBlock(params) { return run(this, routes.stored['MastraClient.createStoredPromptBlock'], arguments) }
    getStoredPromptBlock(storedPromptBlockId) { return run(this, routes.stored['MastraClient.getStoredPromptBlock'], arguments) }
    listStoredScorers(params) { return run(this, routes.stored['MastraClient.listStoredScorers'], arguments) }
    createStoredScorer(params) { return run(this, routes.stored['MastraClient.createStoredScorer'], arguments) }
    getStoredScorer(storedScorerId) { return run(this, routes.stored['MastraClient.getStoredScorer'], arguments) }
    listStoredMCPClients(params) { return run(this, routes.stored['MastraClient.listStoredMCPClients'], arguments) }
    createStoredMCPClient(params) { return run(this, routes.stored['MastraClient.createStoredMCPClient'], arguments) }
    getStoredMCPClient(storedMCPClientId) { return run(this, routes.stored['MastraClient.getStoredMCPClient'], arguments) }
    listStoredSkills(params) { return run(this, routes.stored['MastraClient.listStoredSkills'], arguments) }
    createStoredSkill(params) { return run(this, routes.stored['MastraClient.createStoredSkill'], arguments) }
    getStoredSkill(storedSkillId) { return run(this, routes.stored['MastraClient.getStoredSkill'], arguments) }
    listStoredWorkspaces(params) { return run(this, routes.stored['MastraClient.listStoredWorkspaces'], arguments) }
    getStoredWorkspace(id) { return run(this, routes.stored['MastraClient.getStoredWorkspace'], arguments) }
    listWorkspaces() { return run(this, routes.workspaces['MastraClient.listWorkspaces'], arguments) }
    getWorkspace(workspaceId) { return run(this, routes.workspaces['MastraClient.getWorkspace'], arguments) }
    getA2A(agentId) { return run(this, routes.a2a['MastraClient.getA2A'], arguments) }
    getA2AV1(agentId) { return run(this, routes.a2a['MastraClient.getA2AV1'], arguments) }
    getSystemPackages() { return run(this, routes.system['MastraClient.getSystemPackages'], arguments) }
    getPermissionPatterns() { return run(this, routes.system['MastraClient.getPermissionPatterns'], arguments) }
    getWorkflowBuilderSettings() { return run(this, routes.system['MastraClient.getWorkflowBuilderSettings'], arguments) }
    getBuilderSettings() { return run(this, routes.system['MastraClient.getBuilderSettings'], arguments) }
    getBuilderAvailableModels() { return run(this, routes.system['MastraClient.getBuilderAvailableModels'], arguments) }
    getInfrastructureStatus() { return run(this, routes.system['MastraClient.getInfrastructureStatus'], arguments) }
    listBuilderRegistries() { return run(this, routes.system['MastraClient.listBuilderRegistries'], arguments) }
    searchBuilderRegistry(registryId, params) { return run(this, routes.system['MastraClient.searchBuilderRegistry'], arguments) }
    getBuilderRegistryPopular(registryId, params) { return run(this, routes.system['MastraClient.getBuilderRegistryPopular'], arguments) }
    getBuilderRegistryPreview(registryId, params) { return run(this, routes.system['MastraClient.getBuilderRegistryPreview'], arguments) }
    installBuilderRegistrySkill(registryId, body) { return run(this, routes.system['MastraClient.installBuilderRegistrySkill'], arguments) }
  },
})
