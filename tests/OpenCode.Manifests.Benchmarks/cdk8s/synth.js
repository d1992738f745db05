'use strict';
// The cdk8s baseline of the benchmark: synthesises, with plain ApiObjects, the same Flux tree OpenCode.Manifests
// emits for N benchmark workspaces (the benchmark checks the two trees hold the same data before timing them).
//
//   node synth.js <count> <outdir> <git-sync.sh>
//
// One cdk8s App per output folder and one Chart per file (FILE_PER_CHART, extension .yaml), so app.synth() itself
// writes <apps>/<ns>/{namespace,kustomization}.yaml, <ns>/<app>/ks.yaml and <ns>/<app>/app/*.yaml: no file is
// written by this script. cdk8s cannot write comments, so the schema and generated-file header lines are absent.

const fs = require('fs');
const path = require('path');
const { App, Chart, ApiObject, JsonPatch, YamlOutputType } = require('cdk8s');

const [countText, outdir, gitSyncPath] = process.argv.slice(2);
const count = Number.parseInt(countText, 10);
if (!Number.isInteger(count) || count < 1 || !outdir || !gitSyncPath) {
  console.error('usage: node synth.js <count> <outdir> <git-sync.sh>');
  process.exit(2);
}

const gitSync = fs.readFileSync(gitSyncPath, 'utf8');
const appsPath = 'kubernetes/apps';
const namespace = 'opencode';

// The benchmark's workspace naming, as BenchmarkWorkspace in C# does it.
function workspace(index) {
  const id = String(index).padStart(4, '0');
  return { name: `opencode-${id}`, repo: `repo-${id}`, host: `w${id}.opencode` };
}

function folderApp(folder) {
  return new App({ outdir: path.join(outdir, folder), outputFileExtension: '.yaml', yamlOutputType: YamlOutputType.FILE_PER_CHART });
}

// kustomization.yaml is not a Kubernetes object: drop the metadata cdk8s gives every ApiObject.
function kustomization(scope, resources) {
  const object = new ApiObject(new Chart(scope, 'kustomization'), 'kustomization', {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources,
  });
  object.addJsonPatch(JsonPatch.remove('/metadata'));
}

function namespaceFolder(names) {
  const app = folderApp(`${appsPath}/${namespace}`);
  new ApiObject(new Chart(app, 'namespace'), 'namespace', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: namespace, annotations: { 'kustomize.toolkit.fluxcd.io/prune': 'disabled' }, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } },
  });
  kustomization(app, ['./namespace.yaml', ...names.map(n => `./${n}/ks.yaml`)]);
  app.synth();
}

function fluxKustomization(ws) {
  const app = folderApp(`${appsPath}/${namespace}/${ws.name}`);
  new ApiObject(new Chart(app, 'ks'), 'ks', {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: { name: ws.name, namespace: 'flux-system' },
    spec: {
      targetNamespace: namespace,
      commonMetadata: { labels: { 'app.kubernetes.io/name': ws.name } },
      dependsOn: [{ name: 'rook-ceph-cluster' }, { name: 'external-secrets-stores' }],
      path: `./${appsPath}/${namespace}/${ws.name}/app`,
      prune: true,
      sourceRef: { kind: 'GitRepository', name: 'home-kubernetes' },
      wait: false,
      healthChecks: [{ apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', name: ws.name, namespace }],
      interval: '30m',
      retryInterval: '1m',
      timeout: '5m',
      postBuild: { substitute: { APP: ws.name, VOLSYNC_CAPACITY: '10Gi', VOLSYNC_SCHEDULE: '0 */6 * * *', VOLSYNC_STORAGECLASS: 'ceph-block' } },
    },
  });
  app.synth();
}

const restricted = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true };
const home = '/home/opencode';
const secretsDir = '/var/run/secrets/opencode';

function tcpProbe(port, failureThreshold) {
  return { enabled: true, custom: true, spec: { failureThreshold, periodSeconds: 10, tcpSocket: { port }, timeoutSeconds: 1 } };
}

function helmReleaseValues(ws) {
  const prefix = ws.name;
  const secretName = `${prefix}-secrets`;
  const worktree = `/workspace/${ws.repo}`;
  const bothContainers = mounts => ({ [prefix]: { 'git-sync': mounts, app: mounts } });
  return {
    controllers: {
      [prefix]: {
        type: 'deployment',
        annotations: { 'reloader.stakater.com/auto': 'true' },
        pod: { securityContext: { fsGroup: 1000, fsGroupChangePolicy: 'OnRootMismatch', runAsGroup: 1000, runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } } },
        strategy: 'Recreate',
        initContainers: {
          'git-sync': {
            command: ['/bin/sh', '-c', gitSync],
            env: {
              HOME: home,
              GIT_REPOSITORY_URL: `https://github.com/ORG/${ws.repo}.git`,
              GIT_BRANCH: 'main',
              GIT_TOKEN_FILE: `${secretsDir}/github-token`,
              WORKTREE: worktree,
              AUTH_SEED_FILE: `${secretsDir}/copilot-auth.json`,
              AUTH_FILE: `${home}/.local/share/opencode/auth.json`,
            },
            image: { repository: 'docker.io/alpine/git', tag: 'v2.49.1' },
            securityContext: restricted,
          },
        },
        containers: {
          app: {
            command: ['opencode', 'web', '--hostname', '0.0.0.0', '--port', '4096'],
            env: {
              HOME: home,
              XDG_CONFIG_HOME: `${home}/.config`,
              XDG_DATA_HOME: `${home}/.local/share`,
              XDG_STATE_HOME: `${home}/.local/state`,
              XDG_CACHE_HOME: `${home}/.cache`,
              OPENCODE_SERVER_USERNAME: 'opencode',
              OPENCODE_SERVER_PASSWORD: { secretKeyRef: { key: 'PASSWORD', name: secretName } },
              GIT_CONFIG_COUNT: '2',
              GIT_CONFIG_KEY_0: 'credential.helper',
              GIT_CONFIG_VALUE_0: '',
              GIT_CONFIG_KEY_1: 'credential.https://github.com.helper',
              GIT_CONFIG_VALUE_1: `!f() { test "$1" = get || return 0; echo username=x-access-token; printf "password=%s\\n" "$(cat ${secretsDir}/github-token)"; }; f`,
            },
            image: { repository: 'ghcr.io/anomalyco/opencode', tag: '1.18.33' },
            probes: { liveness: tcpProbe(4096, 3), readiness: tcpProbe(4096, 3), startup: tcpProbe(4096, 30) },
            resources: { limits: { memory: '2Gi' }, requests: { cpu: '100m', memory: '512Mi' } },
            securityContext: restricted,
            workingDir: worktree,
          },
        },
      },
    },
    route: {
      app: {
        hostnames: [`${ws.host}.\${SECRET_DOMAIN}`],
        parentRefs: [{ namespace: 'network', name: 'envoy-external', sectionName: 'https' }],
        rules: [{ backendRefs: [{ identifier: 'app', port: 4096 }], timeouts: { request: '0s' } }],
      },
    },
    service: { app: { controller: prefix, ports: { http: { port: 4096, appProtocol: 'kubernetes.io/ws' } } } },
    persistence: {
      data: {
        existingClaim: prefix,
        advancedMounts: bothContainers([{ path: '/workspace', subPath: 'workspace' }, { path: home, subPath: 'home' }]),
      },
      secrets: {
        type: 'secret',
        name: secretName,
        defaultMode: 256,
        items: [{ key: 'GITHUB_PAT', path: 'github-token' }, { key: 'COPILOT_AUTH_JSON', path: 'copilot-auth.json' }],
        advancedMounts: bothContainers([{ path: secretsDir, readOnly: true }]),
      },
      tmp: { type: 'emptyDir', advancedMounts: bothContainers([{ path: '/tmp' }]) },
    },
  };
}

function appFolder(ws) {
  const app = folderApp(`${appsPath}/${namespace}/${ws.name}/app`);
  const secretPrefix = ws.name.toUpperCase().replace(/-/g, '_');
  const secretName = `${ws.name}-secrets`;
  kustomization(app, ['./externalsecret.yaml', './helmrelease.yaml', './ocirepository.yaml', '../../../../templates/volsync']);
  new ApiObject(new Chart(app, 'externalsecret'), 'externalsecret', {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: { name: secretName },
    spec: {
      secretStoreRef: { kind: 'ClusterSecretStore', name: 'doppler-secrets' },
      target: { name: secretName, creationPolicy: 'Owner' },
      data: ['GITHUB_PAT', 'PASSWORD', 'COPILOT_AUTH_JSON'].map(key => ({ secretKey: key, remoteRef: { key: `${secretPrefix}_${key}` } })),
    },
  });
  new ApiObject(new Chart(app, 'helmrelease'), 'helmrelease', {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name: ws.name },
    spec: {
      chartRef: { kind: 'OCIRepository', name: ws.name },
      interval: '1h',
      install: { remediation: { retries: -1 } },
      upgrade: { cleanupOnFail: true, remediation: { retries: 3 } },
      values: helmReleaseValues(ws),
    },
  });
  new ApiObject(new Chart(app, 'ocirepository'), 'ocirepository', {
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'OCIRepository',
    metadata: { name: ws.name },
    spec: {
      interval: '15m',
      layerSelector: { mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip', operation: 'copy' },
      ref: { tag: '4.4.0' },
      url: 'oci://ghcr.io/bjw-s-labs/helm/app-template',
    },
  });
  app.synth();
}

const workspaces = Array.from({ length: count }, (_, i) => workspace(i + 1));
namespaceFolder(workspaces.map(ws => ws.name).sort());
for (const ws of workspaces) {
  fluxKustomization(ws);
  appFolder(ws);
}
