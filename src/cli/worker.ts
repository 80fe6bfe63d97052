import { parentPort, workerData } from "worker_threads";
import { CheckOptions } from "../engine";
import { checkFile } from "./check-file";
import { CheckTask } from "./inputs";
import { readLocalFile } from "./read-file";

/** A worker thread of `juesuan check`: checks the files it is sent, one at a time (see pool.ts). */

export interface WorkerRequest {
  id: number;
  task: CheckTask;
}

const options = (workerData as { options: CheckOptions }).options;

parentPort?.on("message", (request: WorkerRequest) => {
  void checkFile(request.task, options, readLocalFile).then((report) =>
    parentPort?.postMessage({ id: request.id, report }),
  );
});
