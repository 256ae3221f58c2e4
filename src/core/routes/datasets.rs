//! Datasets: datasets, their items and versions, and the experiments run on them.
//!
//! List queries and tenancy scopes are built by facade hooks (`lib/groups/datasets.js`):
//! they keep each parameter's own rule (sent when defined, when truthy, or not null), repeat
//! array filters, and write `orderBy` as `orderBy[field]` / `orderBy[direction]`.

use super::*;

/// `?organizationId=&projectId=`, made by the `datasetsTenancy` hook from the last parameter.
const TENANCY: &[Query] = &[spread("tenancyQuery")];

/// The query a list hook made.
const LIST: &[Query] = &[spread("listQuery")];

/// The datasets group.
pub const GROUP: Group = Group {
    name: "datasets",
    resources: &[],
    routes: &[
        // ---- datasets
        route("MastraClient", "listDatasets", &["params?: ListDatasetsParams"], "DatasetsPage")
            .get("/datasets")
            .prepare("datasetsListQuery")
            .query(LIST)
            .doc("Lists datasets, one page at a time, optionally by target type or target ids."),
        route("MastraClient", "getDataset", &["datasetId: string", "tenancy?: DatasetTenancy"], "DatasetRecord")
            .get("/datasets/{datasetId}")
            .prepare("datasetsTenancy")
            .query(TENANCY)
            .doc("A dataset by id, optionally scoped to an organization or project."),
        route("MastraClient", "createDataset", &["params: CreateDatasetParams"], "DatasetRecord")
            .post("/datasets")
            .whole("params")
            .doc("Creates a dataset."),
        route("MastraClient", "updateDataset", &["params: UpdateDatasetParams"], "DatasetRecord")
            .patch("/datasets/{params.datasetId}")
            .prepare("datasetsTenancy")
            .query(TENANCY)
            .omit("params", &["datasetId", "organizationId", "projectId"])
            .doc("Updates a dataset's name, description, metadata, schemas or tags."),
        route("MastraClient", "deleteDataset", &["datasetId: string", "tenancy?: DatasetTenancy"], "{ success: boolean }")
            .delete("/datasets/{datasetId}")
            .prepare("datasetsTenancy")
            .query(TENANCY)
            .doc("Deletes a dataset (a no-op outside the given tenancy)."),
        // ---- items
        route("MastraClient", "listDatasetItems", &["datasetId: string", "params?: ListDatasetItemsParams"], "DatasetItemsPage")
            .get("/datasets/{datasetId}/items")
            .prepare("datasetsItemsQuery")
            .query(LIST)
            .doc("Lists the items of a dataset, one page at a time, optionally searched or at a version."),
        route("MastraClient", "getDatasetItem", &["datasetId: string", "itemId: string"], "DatasetItem")
            .get("/datasets/{datasetId}/items/{itemId}")
            .doc("A dataset item by id."),
        route("MastraClient", "addDatasetItem", &["params: AddDatasetItemParams"], "DatasetItem")
            .post("/datasets/{params.datasetId}/items")
            .omit("params", &["datasetId"])
            .doc("Adds an item to a dataset."),
        route("MastraClient", "updateDatasetItem", &["params: UpdateDatasetItemParams"], "DatasetItem")
            .patch("/datasets/{params.datasetId}/items/{params.itemId}")
            .omit("params", &["datasetId", "itemId"])
            .doc("Updates a dataset item (a new dataset version)."),
        route("MastraClient", "deleteDatasetItem", &["datasetId: string", "itemId: string"], "{ success: boolean }")
            .delete("/datasets/{datasetId}/items/{itemId}")
            .doc("Deletes a dataset item (a new dataset version)."),
        route("MastraClient", "purgeDatasetItem", &["datasetId: string", "itemId: string", "tenancy?: DatasetTenancy"], "{ success: boolean }")
            .delete("/datasets/{datasetId}/items/{itemId}/purge")
            .prepare("datasetsTenancy")
            .query(TENANCY)
            .doc("Scrubs a dataset item's data from every version and linked experiment result."),
        route("MastraClient", "batchInsertDatasetItems", &["params: BatchInsertDatasetItemsParams"], "{ items: DatasetItem[]; count: number }")
            .post("/datasets/{params.datasetId}/items/batch")
            .omit("params", &["datasetId"])
            .doc("Adds several items to a dataset at once (one new version)."),
        route("MastraClient", "batchDeleteDatasetItems", &["params: BatchDeleteDatasetItemsParams"], "{ success: boolean; deletedCount: number }")
            .delete("/datasets/{params.datasetId}/items/batch")
            .omit("params", &["datasetId"])
            .doc("Deletes several items of a dataset at once (one new version)."),
        route("MastraClient", "generateDatasetItems", &["params: GenerateDatasetItemsParams"], "{ items: GeneratedItem[] }")
            .post("/datasets/{params.datasetId}/generate-items")
            .omit("params", &["datasetId"])
            .doc("Generates candidate items with a model, for review (nothing is saved)."),
        route("MastraClient", "clusterFailures", &["params: ClusterFailuresParams"], "ClusterFailuresResponse")
            .post("/datasets/cluster-failures")
            .whole("params")
            .doc("Groups experiment failures into common patterns with a model."),
        // ---- versions
        route("MastraClient", "getItemHistory", &["datasetId: string", "itemId: string"], "{ history: DatasetItemHistoryEntry[] }")
            .get("/datasets/{datasetId}/items/{itemId}/history")
            .doc("Every version of a dataset item, newest first."),
        route("MastraClient", "getDatasetItemVersion", &["datasetId: string", "itemId: string", "datasetVersion: number"], "DatasetItemVersionResponse")
            .get("/datasets/{datasetId}/items/{itemId}/versions/{datasetVersion}")
            .doc("A dataset item as it was at a dataset version."),
        route("MastraClient", "listDatasetVersions", &["datasetId: string", "pagination?: { page?: number; perPage?: number }"], "DatasetVersionsPage")
            .get("/datasets/{datasetId}/versions")
            .prepare("datasetsPageQuery")
            .query(LIST)
            .doc("Lists the versions of a dataset, newest first."),
        // ---- experiments
        route("MastraClient", "listExperiments", &["params?: ListExperimentsParams"], "ExperimentsPage")
            .get("/experiments")
            .prepare("datasetsExperimentsQuery")
            .query(LIST)
            .doc("Lists experiments across every dataset, optionally by grouping or target."),
        route("MastraClient", "getExperimentReviewSummary", &[], "{ counts: ExperimentReviewCounts[] }")
            .get("/experiments/review-summary")
            .doc("Review status counts of each experiment's results."),
        route("MastraClient", "listDatasetExperiments", &["datasetId: string", "params?: ListExperimentsParams"], "ExperimentsPage")
            .get("/datasets/{datasetId}/experiments")
            .prepare("datasetsExperimentsQuery")
            .query(LIST)
            .doc("Lists the experiments of a dataset, optionally by grouping or target."),
        route("MastraClient", "getDatasetExperiment", &["datasetId: string", "experimentId: string"], "DatasetExperiment")
            .get("/datasets/{datasetId}/experiments/{experimentId}")
            .doc("An experiment of a dataset by id."),
        route(
            "MastraClient",
            "deleteDatasetExperiment",
            &["datasetId: string", "experimentId: string", "tenancy?: DatasetTenancy"],
            "{ success: boolean }",
        )
        .delete("/datasets/{datasetId}/experiments/{experimentId}")
        .prepare("datasetsTenancy")
        .query(TENANCY)
        .doc("Deletes an experiment of a dataset, its results and (where the store can) its traces."),
        route("MastraClient", "deleteExperiment", &["experimentId: string", "options?: DatasetTenancy"], "{ success: boolean }")
            .delete("/experiments/{experimentId}")
            .prepare("datasetsTenancy")
            .query(TENANCY)
            .doc("Deletes an experiment and its results, whatever its dataset (a no-op outside the given tenancy)."),
        route("MastraClient", "updateDatasetExperiment", &["params: UpdateDatasetExperimentParams"], "DatasetExperiment")
            .patch("/datasets/{params.datasetId}/experiments/{params.experimentId}")
            .omit("params", &["datasetId", "experimentId"])
            .doc("Updates an experiment's name, description or metadata."),
        route(
            "MastraClient",
            "listDatasetExperimentResults",
            &["datasetId: string", "experimentId: string", "options?: ListExperimentResultsParams"],
            "ListDatasetExperimentResultsResponse",
        )
        .get("/datasets/{datasetId}/experiments/{experimentId}/results")
        .prepare("datasetsResultsQuery")
        .query(LIST)
        .doc("Lists the results of an experiment, one page at a time; `tags` keeps results having them all."),
        route("MastraClient", "updateDatasetExperimentResult", &["params: UpdateExperimentResultParams"], "DatasetExperimentResult")
            .patch("/datasets/{params.datasetId}/experiments/{params.experimentId}/results/{params.resultId}")
            .omit("params", &["datasetId", "experimentId", "resultId"])
            .doc("Sets an experiment result's review status, tags or comment."),
        route("MastraClient", "triggerDatasetExperiment", &["params: TriggerDatasetExperimentParams"], "CreateDatasetExperimentResponse")
            .post("/datasets/{params.datasetId}/experiments")
            .omit("params", &["datasetId"])
            .doc("Starts an experiment of a dataset against an agent, workflow or scorer, run by the server."),
        route("MastraClient", "createDatasetExperiment", &["params: CreateDatasetExperimentParams"], "CreateDatasetExperimentResponse")
            .post("/datasets/{params.datasetId}/experiments")
            .prepare("datasetsCreateExperiment")
            .whole("experiment")
            .doc("Creates an experiment without running it (`start: false`): the caller runs items or submits results."),
        route("MastraClient", "runExperimentItem", &["params: RunExperimentItemParams"], "RunExperimentItemResponse")
            .post("/datasets/{params.datasetId}/experiments/{params.experimentId}/items/{params.itemId}/run")
            .omit("params", &["datasetId", "experimentId", "itemId"])
            .doc("Runs an experiment's target on one item on the server, scores it and saves the result (safe to retry)."),
        route("MastraClient", "submitExperimentResult", &["params: SubmitExperimentResultParams"], "DatasetExperimentResult")
            .post("/datasets/{params.datasetId}/experiments/{params.experimentId}/results")
            .omit("params", &["datasetId", "experimentId"])
            .doc("Saves one item's result of an experiment run elsewhere (safe to retry)."),
        route("MastraClient", "finalizeExperiment", &["params: FinalizeExperimentParams"], "DatasetExperiment")
            .post("/datasets/{params.datasetId}/experiments/{params.experimentId}/finalize")
            .pick(&[])
            .doc("Completes an experiment run elsewhere; the server counts its saved results."),
        route("MastraClient", "updateExperimentResult", &["params: UpdateExperimentResultParams"], "DatasetExperimentResult")
            .patch("/datasets/{params.datasetId}/experiments/{params.experimentId}/results/{params.resultId}")
            .omit("params", &["datasetId", "experimentId", "resultId"])
            .doc("Sets an experiment result's review status, tags or comment."),
        route("MastraClient", "compareExperiments", &["params: CompareExperimentsParams"], "CompareExperimentsResponse")
            .post("/datasets/{params.datasetId}/compare")
            .omit("params", &["datasetId"])
            .doc("Compares two experiments of a dataset item by item (outputs and scores)."),
    ],
    prepares: &[
        adds("datasetsListQuery", &["listQuery"]),
        adds("datasetsItemsQuery", &["listQuery"]),
        adds("datasetsPageQuery", &["listQuery"]),
        adds("datasetsExperimentsQuery", &["listQuery"]),
        adds("datasetsResultsQuery", &["listQuery"]),
        adds("datasetsTenancy", &["tenancyQuery"]),
        adds("datasetsCreateExperiment", &["experiment"]),
    ],
};
