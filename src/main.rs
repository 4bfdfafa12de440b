use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use faro::config::Config;
use faro::data::DataSet;

/// glibc's allocator spent a quarter of a search request's time in malloc and free (many
/// small strings, a few large buffers); mimalloc spends a fraction of that.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Faro: a directory and hotline router for migrant children and the people around them.
#[derive(Parser)]
#[command(version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the site and API (seeds from data/ and catches the index up first).
    Serve(Config),
    /// Bring the store in line with data/ (changed files become revisions).
    Seed(Config),
    /// Rebuild the search index from the store.
    Reindex(Config),
    /// Validate everything in data/; prints each problem and exits non-zero if any.
    CheckData(Config),
    /// Write the current approved directory, one file per organization (json) or in
    /// Open Referral HSDS 3.0 (hsds-json documents, or the hsds-csv data package).
    Export {
        #[command(flatten)]
        config: Config,
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Output folder.
        out: PathBuf,
    },
    /// Propose the organizations of an HSDS dataset (3.0 JSON documents, a 3.0 or 2.0 CSV
    /// package; Faro's own exports or another system's) as revisions for moderators to
    /// review; prints everything left out and why, then a summary.
    Import {
        #[command(flatten)]
        config: Config,
        #[arg(long, value_enum)]
        format: ImportFormat,
        /// Approve every proposed revision at once, as the administrator running this.
        #[arg(long)]
        approve: bool,
        /// Where the dataset comes from (its address): the source its facts cite and,
        /// with each record's id, the key that makes a re-import update instead of
        /// duplicate. Defaults to the path's file:// URL.
        #[arg(long)]
        origin: Option<String>,
        /// A JSON document, a folder of them, or a CSV package's folder.
        path: PathBuf,
    },
    /// Write a consistent copy of the database to FILE, while serving or not.
    Backup {
        #[command(flatten)]
        config: Config,
        file: PathBuf,
    },
    /// Restore a backup into an empty store (never over existing data).
    Restore {
        #[command(flatten)]
        config: Config,
        file: PathBuf,
    },
    /// Copy a whole store, with its history, into a new empty one (e.g. from the SQLite
    /// file to PostgreSQL when scaling out), then check counts and sequence numbers.
    MigrateStore {
        /// The store to copy: sqlite://PATH or postgres://…
        #[arg(long)]
        from: String,
        /// The new, empty store: postgres://… or sqlite://PATH
        #[arg(long)]
        to: String,
    },
    /// Manage the portal's people.
    #[command(subcommand)]
    User(UserCommand),
    /// Write a deterministic synthetic directory for tests and benchmarks (never loaded by default).
    Synth {
        #[command(flatten)]
        config: Config,
        #[arg(long)]
        services: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Output folder (a complete data folder marked SYNTHETIC).
        out: PathBuf,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    /// Faro's own documents, as the store keeps them.
    Json,
    /// HSDS 3.0 organization, service and taxonomy documents.
    HsdsJson,
    /// The HSDS 3.0 tabular data package: CSV tables and the spec's datapackage.json.
    HsdsCsv,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ImportFormat {
    /// HSDS 3.0 JSON documents (organizations, services, services at locations, lists).
    HsdsJson,
    /// An HSDS 3.0 or 2.0 tabular package (a folder of CSV files).
    HsdsCsv,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Invite someone: e-mails them a one-time link to set a password, valid 72 hours
    /// (or prints it, when no SMTP server is configured).
    Invite {
        #[command(flatten)]
        config: Config,
        /// Their e-mail address (their sign-in name).
        #[arg(long)]
        email: String,
        /// admin, moderator or editor.
        #[arg(long)]
        role: String,
        /// For editors: the slug of the one organization they may change.
        #[arg(long)]
        org: Option<String>,
        /// The language their e-mail is written in: en or es.
        #[arg(long, default_value = "en")]
        locale: String,
    },
    /// End every portal session now: everyone signs in again (after a suspected leak).
    SignOutAll(Config),
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("FARO_LOG")
                .unwrap_or_else(|_| "info,actix_server=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    match runtime.block_on(run(cli.command)) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Serve(config) => faro::run(&config).await?,
        Command::Seed(config) => {
            use faro::store::Store;
            let fingerprint = faro::data::fingerprint(&config.data_dir)?;
            let (data, _) = faro::load_data(&config)?;
            let store = faro::store::SqlStore::open_url(&config.store_url()?).await?;
            let report = store
                .exclusively(async {
                    let report = faro::store::seed(&store, &data).await?;
                    store.set_seeded_fingerprint(&fingerprint).await?;
                    anyhow::Ok(report)
                })
                .await??;
            println!("{}", serde_json::to_string_pretty(&report)?);
        }
        Command::Reindex(config) => {
            let state = faro::build_state(&config).await?;
            let started = std::time::Instant::now();
            let docs = state.index.rebuild_from(state.store.as_ref()).await?;
            println!("indexed {docs} documents in {:.2?}", started.elapsed());
        }
        Command::CheckData(config) => {
            let (set, mut problems) = DataSet::load(&config.data_dir);
            problems.extend(faro::data::check(&set));
            if let Err(e) = faro::place::Gazetteer::load(&config.places_dir()) {
                problems.push(faro::data::Problem {
                    file: config.places_dir().display().to_string(),
                    field: "-".into(),
                    reason: format!("{e:#}"),
                });
            }
            for p in &problems {
                println!("{p}");
            }
            if problems.is_empty() {
                println!(
                    "data/ is valid: {} organizations, {} services, {} needs, {} languages",
                    set.organizations.len(),
                    set.organizations
                        .iter()
                        .map(|(_, o)| o.services.len())
                        .sum::<usize>(),
                    set.taxonomy.needs.len(),
                    set.languages.languages.len()
                );
            } else {
                println!("{} problem(s)", problems.len());
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Export {
            config,
            format,
            out,
        } => {
            let store = faro::store::SqlStore::open_url(&config.store_url()?).await?;
            match format {
                ExportFormat::Json => {
                    let count = faro::export::write_json(&store, &out).await?;
                    println!("exported {count} organizations to {}", out.display());
                }
                ExportFormat::HsdsCsv => {
                    let (data, _) = faro::load_data(&config)?;
                    let written = faro::hsds::tabular::write_csv(
                        &store,
                        &data.taxonomy,
                        &data.languages,
                        &out,
                    )
                    .await?;
                    for (table, rows) in written.iter().filter(|(_, rows)| *rows > 0) {
                        println!("{table}: {rows} rows");
                    }
                    println!("exported the HSDS tabular package to {}", out.display());
                }
                ExportFormat::HsdsJson => {
                    let (data, _) = faro::load_data(&config)?;
                    let written =
                        faro::hsds::json::write_json(&store, &data.taxonomy, &data.languages, &out)
                            .await?;
                    println!(
                        "exported {} organizations, {} services, {} taxonomies and {} terms to {}",
                        written.organizations,
                        written.services,
                        written.taxonomies,
                        written.taxonomy_terms,
                        out.display()
                    );
                }
            }
        }
        Command::Import {
            config,
            format,
            approve,
            origin,
            path,
        } => {
            use faro::hsds::{foreign::Provenance, import};
            let store = faro::store::SqlStore::open_url(&config.store_url()?).await?;
            let places = faro::place::Gazetteer::load(&config.places_dir())?;
            let (tables, problems) = DataSet::load_tables(&config.data_dir);
            if let Some(problem) = problems.first() {
                anyhow::bail!("data/ cannot be read: {problem}");
            }
            let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
            let origin = match origin {
                Some(origin) => origin,
                None => format!("file://{}", std::fs::canonicalize(&path)?.display()),
            };
            let provenance = Provenance {
                origin: &origin,
                date: &today,
                places: &places,
                languages: &tables.languages,
            };
            let read = match format {
                ImportFormat::HsdsJson => import::read_json(&path, &provenance)?,
                ImportFormat::HsdsCsv => import::read_csv(&path, &provenance)?,
            };
            for s in &read.report.skipped {
                println!("skipped {s}");
            }
            for s in &read.report.dropped {
                println!("left out {s}");
            }
            let note = format!(
                "HSDS import of {origin} (sha256 {}) on {today}",
                import::fingerprint(&path)?,
            );
            let own = import::propose(&store, &read.faro, &note).await?;
            let other = import::propose_foreign(&store, &origin, &read.foreign, &note).await?;
            if approve {
                use faro::store::Store;
                for rev in own.revisions.iter().chain(&other.revisions) {
                    store.approve(*rev, "faro import --approve", &note).await?;
                }
            }
            println!(
                "read {}, imported {}, updated {}, unchanged {}, skipped {} ({})",
                read.organizations() + read.report.skipped.len(),
                own.imported + other.imported,
                own.updated + other.updated,
                own.unchanged + other.unchanged,
                read.report.skipped.len(),
                if approve {
                    "approved"
                } else {
                    "proposed for review in the portal's import batches"
                },
            );
        }
        Command::Backup { config, file } => {
            let store = faro::store::SqlStore::open_url(&config.store_url()?).await?;
            store.backup(&file).await?;
            println!(
                "backed up {} to {}",
                config.database_path().display(),
                file.display()
            );
        }
        Command::Restore { config, file } => {
            if config.store_url()?.backend() != faro::store::Backend::Sqlite {
                anyhow::bail!(
                    "faro restore puts a SQLite backup in place; restore PostgreSQL with its own tools (docs/operating.md)"
                );
            }
            faro::store::SqlStore::restore(&file, &config.database_path()).await?;
            println!(
                "restored {} into {}; the index is rebuilt on the next start",
                file.display(),
                config.database_path().display()
            );
        }
        Command::MigrateStore { from, to } => {
            use faro::store::{SqlStore, StoreUrl};
            let from = StoreUrl::parse(&from)?;
            if let StoreUrl::Sqlite(path) = &from
                && !path.exists()
            {
                anyhow::bail!("{} does not exist: nothing to copy", path.display());
            }
            let source = SqlStore::open_url(&from).await?;
            let target = SqlStore::open_url(&StoreUrl::parse(&to)?).await?;
            let report = faro::store::copy_store(&source, &target).await?;
            for (table, rows) in &report.rows {
                println!("{table}: {rows} rows");
            }
            println!(
                "copied; counts match and the change feed stands at {} in both",
                report.feed_seq
            );
        }
        Command::User(UserCommand::Invite {
            config,
            email,
            role,
            org,
            locale,
        }) => invite(config, email, role, org, locale).await?,
        Command::User(UserCommand::SignOutAll(config)) => {
            use faro::store::Accounts;
            let store = faro::store::SqlStore::open_url(&config.store_url()?).await?;
            let ended = store.end_all_sessions().await?;
            store
                .audit(
                    "faro user sign-out-all",
                    "sign-out-all",
                    None,
                    &format!("{ended} sessions"),
                )
                .await?;
            println!("ended {ended} portal sessions");
        }
        Command::Synth {
            config,
            services,
            seed,
            out,
        } => {
            let places = faro::place::Gazetteer::load(&config.places_dir())?;
            let orgs = faro::synth::write(&out, services, seed, &config.data_dir, &places)?;
            println!(
                "wrote {services} synthetic services in {orgs} organizations to {}",
                out.display()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Records an invite and sends its link by e-mail, or prints it when e-mail is off.
async fn invite(
    config: Config,
    email: String,
    role: String,
    org: Option<String>,
    locale: String,
) -> anyhow::Result<()> {
    use faro::store::Store;
    use faro::store::accounts::Role;
    let role = Role::parse(&role).context("--role must be admin, moderator or editor")?;
    if !faro::portal::LOCALES.contains(&locale.as_str()) {
        anyhow::bail!(
            "--locale must be one of {}",
            faro::portal::LOCALES.join(", ")
        );
    }
    let mailer = faro::mail::Mailer::from_config(&config)?;
    let store = faro::store::SqlStore::open_url(&config.store_url()?).await?;
    let organization = match (role, org) {
        (Role::Editor, Some(slug)) => {
            let id = faro::model::ids::derive(&[&slug]);
            let current = store.current(id).await?.with_context(|| {
                format!("no organization {slug:?} in the store (run `faro seed` first?)")
            })?;
            Some((id, current.document.name))
        }
        (Role::Editor, None) => anyhow::bail!("an editor needs --org <organization slug>"),
        (_, Some(_)) => anyhow::bail!("only editors belong to an organization"),
        (_, None) => None,
    };
    let email = email.trim().to_lowercase();
    let token = faro::portal::invite(
        &store,
        faro::portal::Invitation {
            email: &email,
            role,
            org_id: organization.as_ref().map(|(id, _)| *id),
            locale: &locale,
            created_by: "faro user invite",
        },
        chrono::Utc::now(),
    )
    .await?;
    let link = format!("{}/portal/invite/{token}", config.public_base_url());
    let Some(mailer) = mailer else {
        println!("{link}");
        eprintln!(
            "valid for {} hours, once; send it to {email} yourself (no FARO_SMTP_URL is set)",
            faro::portal::INVITE_HOURS
        );
        return Ok(());
    };
    let letter = faro::mail::letters::invite(&faro::mail::letters::Invite {
        to: &email,
        locale: &locale,
        organization: organization.as_ref().map(|(_, name)| name.text(&locale)),
        link: &link,
        hours: faro::portal::INVITE_HOURS,
    });
    mailer
        .send(&letter)
        .await
        .with_context(|| format!("the invite is recorded, but the e-mail to {email} did not leave; invite again once the SMTP server answers"))?;
    println!(
        "invite e-mailed to {email}; the link works once, for {} hours",
        faro::portal::INVITE_HOURS
    );
    Ok(())
}
