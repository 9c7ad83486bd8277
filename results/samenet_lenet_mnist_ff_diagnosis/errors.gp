# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"ff\\_constant\\_lr goodness\\_every\\_label" 24.01 0 NaN
"ff\\_constant\\_lr one\\_pass\\_softmax" 3.32 0 NaN
"ff\\_freeze\\_block0 goodness\\_every\\_label" 5.33 0 NaN
"ff\\_freeze\\_block0 one\\_pass\\_softmax" 2.16 0 NaN
"ff\\_freeze\\_block0\\_at10 goodness\\_every\\_label" 6.34 0 NaN
"ff\\_freeze\\_block0\\_at10 one\\_pass\\_softmax" 2.16 0 NaN
"ff\\_freeze\\_block0\\_at15 goodness\\_every\\_label" 5.53 0 NaN
"ff\\_freeze\\_block0\\_at15 one\\_pass\\_softmax" 1.98 0 NaN
EOD
set terminal svg size 900,342 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'samenet\_lenet\_mnist\_ff\_diagnosis: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [7.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [1:50]
set xtics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,342 font 'Helvetica,10'
set output 'errors.png'
set title 'samenet\_lenet\_mnist\_ff\_diagnosis: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [7.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [1:50]
set xtics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,1.74in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'samenet\_lenet\_mnist\_ff\_diagnosis: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [7.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [1:50]
set xtics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50)
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
