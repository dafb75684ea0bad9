//! Arrow batches in and out (`cyrdate.arrow`): string arrays are read and
//! struct arrays built in Rust, through the Arrow PyCapsule interface
//! (`pyo3-arrow`), with no Python object per row and the GIL released.

use std::fmt::Write as _;
use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, Int64Builder, StringBuilder, TimestampMicrosecondBuilder};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, StructArray};
use arrow_buffer::NullBuffer;
use arrow_schema::{DataType, Field, Fields, TimeUnit};
use pyo3::exceptions::PyTypeError;
use pyo3::intern;
use pyo3::prelude::*;

/// The flags, in the order of SPEC §3: one boolean column each.
const FLAGS: [&str; 7] = [
    "year_inferred",
    "date_inferred",
    "relative",
    "zone_from_text",
    "ambiguous",
    "skipped",
    "weekday_mismatch",
];

/// The columns of one parsed value.
struct ValueColumns {
    start: TimestampMicrosecondBuilder,
    end: TimestampMicrosecondBuilder,
    tz: StringBuilder,
    value: StringBuilder,
    granularity: StringBuilder,
    flags: [BooleanBuilder; 7],
    part_of_day: StringBuilder,
}

impl ValueColumns {
    fn new(n: usize) -> Self {
        ValueColumns {
            start: TimestampMicrosecondBuilder::with_capacity(n).with_timezone("UTC"),
            end: TimestampMicrosecondBuilder::with_capacity(n).with_timezone("UTC"),
            tz: StringBuilder::with_capacity(n, n * 12),
            value: StringBuilder::with_capacity(n, n * 25),
            granularity: StringBuilder::with_capacity(n, n * 6),
            flags: std::array::from_fn(|_| BooleanBuilder::with_capacity(n)),
            part_of_day: StringBuilder::with_capacity(n, n),
        }
    }

    fn push(&mut self, p: &cyrdate::Parsed) {
        self.start.append_value(p.start.timestamp_micros());
        self.end.append_value(p.end.timestamp_micros());
        self.tz.append_value(p.start.timezone().name());
        // Written straight into the column: no String per row.
        let _ = write!(self.value, "{p}");
        self.value.append_value("");
        self.granularity.append_value(p.granularity.name());
        for (b, (_, on)) in self.flags.iter_mut().zip(p.flags.all()) {
            b.append_value(on);
        }
        self.part_of_day.append_option(p.part_of_day.map(|d| d.name()));
    }

    fn push_null(&mut self) {
        self.start.append_null();
        self.end.append_null();
        self.tz.append_null();
        self.value.append_null();
        self.granularity.append_null();
        for b in &mut self.flags {
            b.append_null();
        }
        self.part_of_day.append_null();
    }

    fn fields() -> Vec<Field> {
        let ts = DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into()));
        let mut f = vec![
            Field::new("start", ts.clone(), true),
            Field::new("end", ts, true),
            Field::new("tz", DataType::Utf8, true),
            Field::new("value", DataType::Utf8, true),
            Field::new("granularity", DataType::Utf8, true),
        ];
        f.extend(FLAGS.iter().map(|n| Field::new(*n, DataType::Boolean, true)));
        f.push(Field::new("part_of_day", DataType::Utf8, true));
        f
    }

    fn finish(mut self) -> Vec<ArrayRef> {
        let mut a: Vec<ArrayRef> = vec![
            Arc::new(self.start.finish()),
            Arc::new(self.end.finish()),
            Arc::new(self.tz.finish()),
            Arc::new(self.value.finish()),
            Arc::new(self.granularity.finish()),
        ];
        a.extend(self.flags.iter_mut().map(|b| Arc::new(b.finish()) as ArrayRef));
        a.push(Arc::new(self.part_of_day.finish()));
        a
    }
}

/// Calls `f` with the rows of a string array of any of Arrow's three
/// string layouts.
fn with_rows<R>(
    array: &dyn Array,
    f: impl FnOnce(&mut dyn Iterator<Item = Option<&str>>) -> R,
) -> PyResult<R> {
    if let Some(a) = array.as_string_opt::<i32>() {
        Ok(f(&mut a.iter()))
    } else if let Some(a) = array.as_string_opt::<i64>() {
        Ok(f(&mut a.iter()))
    } else if let Some(a) = array.as_string_view_opt() {
        Ok(f(&mut a.iter()))
    } else {
        Err(PyTypeError::new_err(format!(
            "expected an Arrow string array (string, large_string or string_view), got {}",
            array.data_type()
        )))
    }
}

fn to_python(
    py: Python<'_>,
    fields: Vec<Field>,
    columns: Vec<ArrayRef>,
    nulls: Option<NullBuffer>,
) -> PyResult<Bound<'_, PyAny>> {
    let fields = Fields::from(fields);
    let array = StructArray::try_new(fields.clone(), columns, nulls)
        .map_err(|e| PyTypeError::new_err(e.to_string()))?;
    let field = Field::new("cyrdate", DataType::Struct(fields), true);
    let out = pyo3_arrow::PyArray::new(Arc::new(array), Arc::new(field));
    py.import(intern!(py, "pyarrow"))?.getattr(intern!(py, "array"))?.call1((out,))
}

/// The rows of `array` parsed into a struct array of the value columns.
fn parse_rows(ctx: &cyrdate::Context, array: &dyn Array) -> PyResult<StructArray> {
    let n = array.len();
    let (columns, valid) = with_rows(array, |rows| {
        let mut cols = ValueColumns::new(n);
        let mut valid = Vec::with_capacity(n);
        for row in rows {
            match row.map(|s| ctx.parse(s)) {
                Some(Ok(p)) => {
                    cols.push(&p);
                    valid.push(true);
                }
                _ => {
                    cols.push_null();
                    valid.push(false);
                }
            }
        }
        (cols.finish(), valid)
    })?;
    StructArray::try_new(Fields::from(ValueColumns::fields()), columns, Some(NullBuffer::from(valid)))
        .map_err(|e| PyTypeError::new_err(e.to_string()))
}

/// Rows per thread below which `parse_arrow` stays on one thread.
const ROWS_PER_THREAD: usize = 16 * 1024;

/// One struct row per input row: null in, null out; a text that is not a
/// date gives a null row too. Large arrays are cut into one slice per core,
/// parsed on scoped threads (the GIL is released) and concatenated in order.
pub fn parse_arrow(
    py: Python<'_>,
    ctx: cyrdate::Context,
    array: pyo3_arrow::PyArray,
) -> PyResult<Bound<'_, PyAny>> {
    let (array, _) = array.into_inner();
    let n = array.len();
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
    let threads = cores.min(n / ROWS_PER_THREAD).max(1);
    let out = py.detach(|| -> PyResult<StructArray> {
        if threads == 1 {
            return parse_rows(&ctx, array.as_ref());
        }
        let step = n.div_ceil(threads);
        let parts: Vec<PyResult<StructArray>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..n)
                .step_by(step)
                .map(|at| {
                    let slice = array.slice(at, step.min(n - at));
                    scope.spawn(move || parse_rows(&ctx, slice.as_ref()))
                })
                .collect();
            handles.into_iter().map(|h| h.join().expect("a parse_arrow thread panicked")).collect()
        });
        let parts = parts.into_iter().collect::<PyResult<Vec<_>>>()?;
        let refs: Vec<&dyn Array> = parts.iter().map(|a| a as &dyn Array).collect();
        let joined = arrow_select::concat::concat(&refs).map_err(|e| PyTypeError::new_err(e.to_string()))?;
        Ok(joined.as_struct().clone())
    })?;
    let (fields, columns, nulls) = out.into_parts();
    to_python(py, fields.iter().map(|f| f.as_ref().clone()).collect(), columns, nulls)
}

/// One struct row per match: `row` (the input row's index plus `offset`),
/// `byte_start`/`byte_end` (UTF-8 byte offsets into the row's text),
/// `text`, then the value's columns.
pub fn extract_arrow(
    py: Python<'_>,
    ctx: cyrdate::Context,
    array: pyo3_arrow::PyArray,
    offset: i64,
) -> PyResult<Bound<'_, PyAny>> {
    let (array, _) = array.into_inner();
    let n = array.len();
    let columns = py.detach(|| {
        with_rows(array.as_ref(), |rows| {
            let (mut row, mut bstart, mut bend) = (
                Int64Builder::with_capacity(n),
                Int64Builder::with_capacity(n),
                Int64Builder::with_capacity(n),
            );
            let mut text = StringBuilder::new();
            let mut cols = ValueColumns::new(n);
            for (i, s) in rows.enumerate() {
                let Some(s) = s else { continue };
                for m in ctx.extract(s) {
                    row.append_value(i as i64 + offset);
                    bstart.append_value(m.start as i64);
                    bend.append_value(m.end as i64);
                    text.append_value(m.text);
                    cols.push(&m.parsed);
                }
            }
            let mut a: Vec<ArrayRef> = vec![
                Arc::new(row.finish()),
                Arc::new(bstart.finish()),
                Arc::new(bend.finish()),
                Arc::new(text.finish()),
            ];
            a.extend(cols.finish());
            a
        })
    })?;
    let mut fields = vec![
        Field::new("row", DataType::Int64, false),
        Field::new("byte_start", DataType::Int64, false),
        Field::new("byte_end", DataType::Int64, false),
        Field::new("text", DataType::Utf8, false),
    ];
    fields.extend(ValueColumns::fields());
    to_python(py, fields, columns, None)
}
