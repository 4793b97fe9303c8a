/**
 * 1.10.0: names of widely used software products, online services, programming languages,
 * frameworks, databases, games and release channels, in lower case, one word each (the first
 * word of a longer name: "github" of "GitHub Actions").
 *
 * Why: what people ask an assistant about is largely software, and they write it the way they
 * write towns: "Deploy to Vercel", "import from Trello into Asana", "Log in to Okta". The rule
 * that reads an unknown capitalised word after "to/from/in" as a village no list holds took
 * every one of them. A word here is never such an unknown town, nor a street before a version
 * number ("Windows 11"); a real town of the same name is still found by the place lists and the
 * gazetteer, and a cue such as "moved to" keeps it.
 *
 * Facts written for this list; kept to names that are hard to mistake for anything else in
 * support chat.
 */
const TECH_PRODUCT_NAMES = `
windows macos osx linux ubuntu debian fedora centos rhel alpine arch manjaro mint freebsd openbsd unix wsl android ios ipados
watchos chromeos harmonyos tizen raspbian
python java javascript typescript kotlin swift rust golang ruby perl php scala haskell elixir erlang clojure fortran cobol
pascal delphi lua dart julia matlab groovy powershell bash zsh fish solidity zig nim ocaml fsharp csharp vba sql graphql
node nodejs deno bun npm yarn pnpm pip pipenv poetry conda anaconda jupyter cargo maven gradle composer homebrew brew
react vue angular svelte sveltekit nuxt nextjs remix astro gatsby ember backbone jquery bootstrap tailwind webpack rollup
esbuild vite babel eslint prettier vitest jest mocha jasmine karma cypress playwright selenium puppeteer storybook
django flask fastapi rails laravel symfony spring express nestjs dotnet blazor flutter ionic xamarin electron tauri qt
pandas numpy pytorch tensorflow keras scikit hugging huggingface ollama langchain
sequelize prisma typeorm drizzle hibernate mongoose knex sqlalchemy doctrine eloquent
postgres postgresql mysql mariadb sqlite redis memcached cassandra mongodb dynamodb cosmosdb firestore firebase supabase
neo4j couchdb couchbase clickhouse duckdb cockroachdb influxdb timescaledb snowflake bigquery redshift databricks
elasticsearch opensearch solr lucene algolia meilisearch typesense kafka rabbitmq zeromq celery sidekiq airflow dagster
hadoop spark flink dbt fivetran tableau looker metabase powerbi grafana kibana prometheus datadog sentry splunk logstash
newrelic pagerduty opsgenie pingdom bugsnag rollbar honeybadger logrocket posthog mixpanel hotjar matomo launchdarkly
nginx apache tomcat jetty caddy traefik haproxy envoy istio consul terraform pulumi ansible puppet vagrant packer
docker podman kubernetes helm argocd openshift rancher nomad
jenkins circleci travis gitlab github bitbucket teamcity buildkite gitea sourcetree git svn mercurial
aws azure gcp heroku vercel netlify cloudflare fastly akamai digitalocean linode hetzner ovh backblaze wasabi
railway render fly supabase appwrite pocketbase strapi contentful sanity webflow wordpress drupal joomla magento
shopify woocommerce wix squarespace ghost substack
okta auth0 keycloak onelogin lastpass 1password bitwarden keepass dashlane nordvpn expressvpn tailscale wireguard openvpn
jira confluence trello asana notion clickup basecamp airtable zapier ifttt n8n retool miro figma canva lucidchart loom
slack discord zoom webex skype telegram whatsapp viber wechat mattermost rocketchat jitsi teams
dropbox onedrive sharepoint icloud gdrive nextcloud owncloud synology pcloud protonmail tutanota fastmail zoho
outlook gmail hotmail thunderbird excel powerpoint onenote evernote obsidian todoist photoshop illustrator lightroom
salesforce hubspot zendesk freshdesk intercom mailchimp sendgrid mailgun twilio stripe paypal braintree quickbooks xero
netsuite workday docusign calendly postman insomnia swagger openssl letsencrypt certbot godaddy namecheap bluehost
chrome chromium firefox safari opera vivaldi brave vscode intellij pycharm webstorm xcode netbeans vim neovim emacs
spotify netflix youtube twitch tiktok instagram facebook twitter linkedin reddit pinterest snapchat
minecraft fortnite roblox steam xbox playstation nintendo scrabble wordle duolingo
chatgpt openai anthropic gemini copilot midjourney replit codepen stackblitz
unity unreal godot blender authy gunicorn uvicorn kaggle colab codeberg gitpod codespaces linear datev lexoffice sevdesk
beta nightly preview
alertmanager loki mimir zipkin opentelemetry otel fluentd fluentbit nagios zabbix icinga netdata uptimerobot checkly statuspage
dokku coolify caprover koyeb northflank vultr scaleway upcloud contabo ionos hostinger kinsta wpengine pythonanywhere gigalixir
amplify cloudfront cloudwatch fargate sagemaker cognito kinesis eventbridge lightsail beanstalk bigtable pubsub dataproc
typeform jotform surveymonkey mulesoft debezium pinecone weaviate qdrant milvus chromadb pgvector llamaindex vllm
ktor kysely turso upstash planetscale neondb yugabyte yugabytedb tidb scylla scylladb vitess rethinkdb arangodb dgraph
surrealdb edgedb pgbouncer timescale questdb victoriametrics minio ceph velero karpenter keda tekton spinnaker woodpecker
codefresh appveyor artifactory sonarqube sonarcloud snyk trivy dependabot renovatebot codecov coveralls browserstack saucelabs
turborepo turbopack nx lerna rspack swc sass scss postcss axios zod trpc urql mapbox
mlflow wandb kubeflow metaflow dask polars streamlit gradio huggingface nuget cocoapods rubygems pypi npmjs
puma uwsgi hypercorn iis mosquitto activemq nats redpanda inngest hangfire flyway liquibase alembic
`;

/** The names above, for word-info.ts's flag. */
export const TECH_PRODUCTS: ReadonlySet<string> = new Set(TECH_PRODUCT_NAMES.split(/\s+/).filter(Boolean));

/**
 * Operating systems whose releases are named after places ("Windows Vista", "macOS Sonoma",
 * "Android Oreo", "Debian Bookworm"): the capitalised word right after one is its release.
 */
export const NAMED_RELEASE_PRODUCTS: ReadonlySet<string> = new Set("windows macos osx android ubuntu debian fedora".split(" "));
