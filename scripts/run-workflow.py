#!/usr/bin/env python3
"""Runs a GitHub Actions workflow's jobs here, the way the runner would.

    scripts/run-workflow.py WORKFLOW.yml --checkout REPO_DIR --veille BIN \
        --repository owner/name --deploy DIR

Each job runs in a clean temporary folder (a fresh HOME and workspace), its
`run:` steps exactly as written, with bash as the runner starts it
(`bash --noprofile --norc -eo pipefail`), the runner's variables
(GITHUB_WORKSPACE, GITHUB_REPOSITORY, GITHUB_ACTIONS=true, RUNNER_TEMP, ...),
the files GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY, the
workflow's, job's and step's `env`, `if:` conditions and `${{ }}` expressions
(the few forms the examples use; anything else is an error, never a guess).
PATH is ~/.cargo/bin and the system's, so no wasm toolchain is on it, and
nothing reaches the network (npm runs offline).

`uses:` steps are replaced by local stand-ins (examples/github-pages/README.md):
  actions/checkout              copies --checkout into the workspace
  actions/setup-node            checks that node has the requested major version
  actions/cache                 a cache folder kept for the whole run; a
                                `~/.cargo/bin/veille` entry missing from it is
                                restored from --veille (a warm cache)
  actions/configure-pages       outputs for https://<owner>.github.io/<name>
  actions/upload-pages-artifact the same tar as the action (dereferenced, no .git)
  actions/deploy-pages          extracts that tar into --deploy
Exits non-zero when a step fails or the workflow uses something it lacks.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


class WorkflowError(Exception):
    """The workflow uses something this runner does not stand in for, or fails."""


class Run:
    def __init__(self, args, workflow):
        self.args = args
        self.workflow = workflow
        self.owner, self.name = args.repository.split("/", 1)
        self.root = tempfile.mkdtemp(prefix="veille-workflow-")
        self.cache = os.path.join(self.root, "cache")
        self.artifact = None
        os.makedirs(self.cache)

    # --- expressions -----------------------------------------------------
    def lookup(self, expr, ctx):
        expr = expr.strip()
        m = re.fullmatch(r"(.+?)\s*(==|!=)\s*'([^']*)'", expr)
        if m:
            value = self.lookup(m.group(1), ctx)
            return (value == m.group(3)) == (m.group(2) == "==")
        parts = expr.split(".")
        if parts[0] == "env" and len(parts) == 2:
            return ctx["env"].get(parts[1], "")
        if parts[0] == "steps" and len(parts) == 4 and parts[2] == "outputs":
            return ctx["steps"].get(parts[1], {}).get(parts[3], "")
        if expr == "runner.os":
            return "Linux"
        if expr == "runner.temp":
            return ctx["runner_temp"]
        if expr == "github.repository":
            return self.args.repository
        if expr == "github.repository_owner":
            return self.owner
        if expr == "github.workspace":
            return ctx["workspace"]
        raise WorkflowError(f"expression not supported here: ${{{{ {expr} }}}}")

    def expand(self, value, ctx):
        if not isinstance(value, str):
            return value
        return EXPR.sub(lambda m: str(self.lookup(m.group(1), ctx)), value)

    def condition(self, cond, ctx):
        if cond is None:
            return True
        m = EXPR.fullmatch(str(cond).strip())
        result = self.lookup(m.group(1) if m else str(cond), ctx)
        if not isinstance(result, bool):
            raise WorkflowError(f"condition is not a comparison: {cond}")
        return result

    # --- jobs --------------------------------------------------------------
    def run(self):
        done = set()
        jobs = self.workflow["jobs"]
        for job_id, job in jobs.items():
            needs = job.get("needs", [])
            needs = [needs] if isinstance(needs, str) else needs
            missing = [n for n in needs if n not in done]
            if missing:
                raise WorkflowError(f"job {job_id} needs {missing}, which did not run before it")
            self.job(job_id, job)
            done.add(job_id)

    def job(self, job_id, job):
        base = os.path.join(self.root, "jobs", job_id)
        home = os.path.join(base, "home")
        workspace = os.path.join(base, "work", self.name, self.name)
        runner_temp = os.path.join(base, "temp")
        for d in (home, workspace, runner_temp):
            os.makedirs(d)
        files = {k: os.path.join(runner_temp, f"_{k.lower()}") for k in
                 ("GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH", "GITHUB_STEP_SUMMARY")}
        env = {}
        env.update({k: str(v) for k, v in (self.workflow.get("env") or {}).items()})
        ctx = {"env": env, "steps": {}, "workspace": workspace, "runner_temp": runner_temp,
               "home": home, "path": [os.path.join(home, ".cargo", "bin")], "saves": []}
        env.update({k: self.expand(str(v), ctx) for k, v in (job.get("env") or {}).items()})
        print(f"== job {job_id}", file=sys.stderr)
        for index, step in enumerate(job["steps"]):
            label = step.get("name") or step.get("uses") or step.get("run", "").splitlines()[0]
            if not self.condition(step.get("if"), ctx):
                print(f"-- skipped: {label}", file=sys.stderr)
                continue
            print(f"-- {label}", file=sys.stderr)
            for path in files.values():
                open(path, "w").close()
            if "uses" in step:
                outputs = self.uses(step, ctx)
            else:
                outputs = self.shell(step, ctx, files)
            if "id" in step:
                ctx["steps"][step["id"]] = outputs
        for source, target in ctx["saves"]:
            if os.path.exists(source) and not os.path.exists(target):
                os.makedirs(os.path.dirname(target), exist_ok=True)
                shutil.copy2(source, target)

    def base_env(self, ctx, files):
        env = {
            "HOME": ctx["home"], "LANG": "C.UTF-8", "CI": "true", "GITHUB_ACTIONS": "true",
            "PATH": ":".join(ctx["path"] + ["/usr/local/bin", "/usr/bin", "/bin"]),
            "GITHUB_WORKSPACE": ctx["workspace"], "GITHUB_REPOSITORY": self.args.repository,
            "GITHUB_REPOSITORY_OWNER": self.owner, "RUNNER_OS": "Linux",
            "RUNNER_TEMP": ctx["runner_temp"],
            # No network: npm answers from what it has, and asks for no audit.
            "npm_config_offline": "true", "npm_config_audit": "false", "npm_config_fund": "false",
        }
        env.update(files)
        return env

    def shell(self, step, ctx, files):
        script = os.path.join(ctx["runner_temp"], "step.sh")
        with open(script, "w") as f:
            f.write(self.expand(step["run"], ctx))
        env = self.base_env(ctx, files)
        env.update(ctx["env"])
        env.update({k: self.expand(str(v), ctx) for k, v in (step.get("env") or {}).items()})
        cwd = os.path.join(ctx["workspace"], step.get("working-directory", "."))
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script],
                              cwd=cwd, env=env)
        if done.returncode != 0:
            raise WorkflowError(f"step failed with exit code {done.returncode}: {step['run'].strip()}")
        ctx["env"].update(read_pairs(files["GITHUB_ENV"]))
        with open(files["GITHUB_PATH"]) as f:
            ctx["path"] = [line.strip() for line in f if line.strip()] + ctx["path"]
        return read_pairs(files["GITHUB_OUTPUT"])

    # --- stand-ins for the actions ---------------------------------------------
    def uses(self, step, ctx):
        action = step["uses"].split("@")[0]
        inputs = {k: self.expand(str(v), ctx) for k, v in (step.get("with") or {}).items()}
        site = f"https://{self.owner}.github.io"
        if action == "actions/checkout":
            shutil.copytree(self.args.checkout, ctx["workspace"], symlinks=True, dirs_exist_ok=True)
            return {}
        if action == "actions/setup-node":
            have = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout
            want = inputs.get("node-version", "")
            if want and not have.lstrip("v").startswith(f"{want}."):
                raise WorkflowError(f"setup-node asks for node {want}, this machine has {have.strip()}")
            return {}
        if action == "actions/cache":
            path = inputs["path"].replace("~", ctx["home"], 1)
            stored = os.path.join(self.cache, inputs["key"], os.path.basename(path))
            if not os.path.exists(stored) and path.endswith("/.cargo/bin/veille") and self.args.veille:
                os.makedirs(os.path.dirname(stored))
                shutil.copy2(self.args.veille, stored)
            if os.path.exists(stored):
                os.makedirs(os.path.dirname(path), exist_ok=True)
                shutil.copy2(stored, path)
                return {"cache-hit": "true"}
            ctx["saves"].append((path, stored))
            return {"cache-hit": "false"}
        if action == "actions/configure-pages":
            return {"base_url": f"{site}/{self.name}", "origin": site,
                    "host": f"{self.owner}.github.io", "base_path": f"/{self.name}"}
        if action == "actions/upload-pages-artifact":
            path = os.path.join(ctx["workspace"], inputs.get("path", "_site"))
            if not os.path.isdir(path):
                raise WorkflowError(f"upload-pages-artifact: no folder {path}")
            self.artifact = os.path.join(self.root, "artifact.tar")
            subprocess.run(["tar", "--dereference", "--hard-dereference", "--directory", path,
                            "-cf", self.artifact, "--exclude=.git", "--exclude=.github", "."],
                           check=True)
            return {}
        if action == "actions/deploy-pages":
            if not self.artifact:
                raise WorkflowError("deploy-pages: no artifact was uploaded")
            shutil.rmtree(self.args.deploy, ignore_errors=True)
            os.makedirs(self.args.deploy)
            subprocess.run(["tar", "-xf", self.artifact, "-C", self.args.deploy], check=True)
            return {"page_url": f"{site}/{self.name}/"}
        raise WorkflowError(f"no local stand-in for {step['uses']}")


def read_pairs(path):
    """name=value lines and name<<DELIMITER blocks, as the runner reads them."""
    pairs = {}
    with open(path) as f:
        lines = f.read().splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            j = lines.index(delimiter, i + 1)
            pairs[name] = "\n".join(lines[i + 1:j])
            i = j + 1
            continue
        if "=" in line:
            name, value = line.split("=", 1)
            pairs[name] = value
        i += 1
    return pairs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workflow")
    parser.add_argument("--checkout", required=True, help="the repository's files, as checked out")
    parser.add_argument("--veille", help="the veille binary a warm cache holds")
    parser.add_argument("--repository", default="owner/site", help="owner/name")
    parser.add_argument("--deploy", required=True, help="where deploy-pages puts the site")
    args = parser.parse_args()
    with open(args.workflow) as f:
        workflow = yaml.safe_load(f)
    run = Run(args, workflow)
    try:
        run.run()
    except WorkflowError as e:
        print(f"run-workflow: {args.workflow}: {e}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(run.root, ignore_errors=True)
    print(f"run-workflow: {args.workflow}: every job passed; deployed into {args.deploy}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
